package dev.sls.ibkey.login;

import dev.sls.core.event.EventDetails;
import dev.sls.core.limit.ClientAddress;
import dev.sls.core.login.Lockout;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.LoginMessages;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.withdrawal.WithdrawalRequest;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.ibkey.push.PushChallenge;
import dev.sls.ibkey.push.PushChallenges;
import dev.sls.ibkey.push.PushLimits;
import dev.sls.ibkey.push.PushRequest;
import dev.sls.ibkey.push.sender.NonePushSenderFactory;
import dev.sls.wait.WaitUrls;
import dev.sls.wait.WatchState;
import dev.sls.wait.Watches;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.ClientModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Push login: send the notification, show the waiting page, and act on the phone's decision. */
final class PushStep {

    static final String TEMPLATE = "sls-ibkey-push.ftl";

    private PushStep() {
    }

    /** Sends a new push, or offers challenge/response when no push may go now. */
    static void start(AuthenticationFlowContext context, IbKeyDevice device) {
        IbKeyLoginConfig config = IbKeyLoginConfig.from(context.getAuthenticatorConfig());
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.removeAuthNote(IbKeyNotes.MODE);
        retirePushesOfThisLogin(context, device, config);
        Optional<PushLimits.Refusal> refused = new PushLimits(context.getSession()).tryPush(device.user().getId(),
                ClientAddress.of(context.getConnection()), config.policy());
        if (refused.isPresent()) {
            ResponseStep.offerInstead(context, device, refusalMessage(refused.get().reason()),
                    LocalFormats.of(context).waitFor(refused.get().retryAfter()));
            return;
        }
        LoginMessages messages = LoginMessages.of(context);
        Optional<PushChallenge> created = new PushChallenges(context.getSession()).create(
                request(context, device, messages), config.pushTimeoutSeconds(), config.maxPendingPushes(),
                config.matchMode());
        if (created.isEmpty()) {
            ResponseStep.offerInstead(context, device, "slsIbKeyTooManyPushes");
            return;
        }
        authSession.setAuthNote(IbKeyNotes.PUSH_CHALLENGE, created.get().id());
        PushDelivery.send(context, device, created.get(), config, messages);
        context.challenge(page(context, created.get(), "waiting", null));
    }

    private static String refusalMessage(PushLimits.Reason reason) {
        return switch (reason) {
            case PAUSED -> "slsIbKeyPushPaused";
            case STOPPED_NOT_ME -> "slsIbKeyPushStoppedNotMe";
            case TOO_SOON -> "slsIbKeyPushTooSoonIn";
            case TOO_MANY_FROM_THIS_ADDRESS -> "slsSendsFromThisAddressLimitedIn";
        };
    }

    /** A login that was restarted (its notes are gone) may still have a push out: it dies before a new one goes. */
    private static void retirePushesOfThisLogin(AuthenticationFlowContext context, IbKeyDevice device,
                                                IbKeyLoginConfig config) {
        PushChallenges challenges = new PushChallenges(context.getSession());
        String loginRef = loginRef(context);
        challenges.openForLogin(loginRef, device.handle()).filter(challenges::cancel)
                .ifPresent(c -> new PushLimits(context.getSession()).recordUnanswered(device.user().getId(),
                        config.policy()));
    }

    static boolean hasOpenPush(AuthenticationFlowContext context, IbKeyDevice device) {
        PushChallenges challenges = new PushChallenges(context.getSession());
        return current(context, device).filter(c -> c.expiresAt() > Time.currentTime() && !challenges.hasEnded(c.id()))
                .isPresent();
    }

    /** The person asked for another notification: the one on screen dies first. */
    static void resend(AuthenticationFlowContext context, IbKeyDevice device) {
        abandon(context, device);
        start(context, device);
    }

    /**
     * The login will not wait for its push any more (another notification, challenge/response, or done): the push
     * dies at once, so the phone can no longer approve it, and it counts as unanswered.
     */
    static void abandon(AuthenticationFlowContext context, IbKeyDevice device) {
        PushChallenges challenges = new PushChallenges(context.getSession());
        current(context, device).filter(challenges::cancel).ifPresent(c -> new PushLimits(context.getSession())
                .recordUnanswered(device.user().getId(), IbKeyLoginConfig.from(context.getAuthenticatorConfig()).policy()));
        context.getAuthenticationSession().removeAuthNote(IbKeyNotes.PUSH_CHALLENGE);
    }

    /** The page's script (or its Continue button) asks what became of the push. */
    static void check(AuthenticationFlowContext context, IbKeyDevice device) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<PushChallenge> challenge = current(context, device);
        if (challenge.isEmpty()) {
            authSession.removeAuthNote(IbKeyNotes.PUSH_CHALLENGE);
            context.challenge(page(context, null, "expired", "slsIbKeyPushExpired"));
            return;
        }
        IbKeyLoginConfig config = IbKeyLoginConfig.from(context.getAuthenticatorConfig());
        PushLimits limits = new PushLimits(context.getSession());
        String userId = device.user().getId();
        WatchState state = new Watches(context.getSession()).state(challenge.get().watchId());
        context.getEvent().detail(EventDetails.IB_KEY_MODE, "push");
        Optional<DecisionStatus> decided = DecisionStatus.fromWire(state.wire());
        if (decided.isEmpty()) {
            if (state.isPending() && challenge.get().expiresAt() > Time.currentTime()) {
                context.challenge(page(context, challenge.get(), "waiting", null));
                return;
            }
            authSession.removeAuthNote(IbKeyNotes.PUSH_CHALLENGE);
            if (new PushChallenges(context.getSession()).cancel(challenge.get())) {
                limits.recordUnanswered(userId, config.policy());
            }
            context.challenge(page(context, null, "expired", "slsIbKeyPushExpired"));
            return;
        }
        authSession.removeAuthNote(IbKeyNotes.PUSH_CHALLENGE);
        limits.forgetUnanswered(userId, config.policy());
        if (decided.get() == DecisionStatus.APPROVED) {
            limits.recordApproved(userId, config.policy());
            if (Lockout.refuses(context, () -> page(context, null, "denied", "slsIbKeyLocked"))) {
                return;
            }
            WithdrawalGate.confirmAndRecord(context, IbKeyCredentialModel.TYPE);
            return;
        }
        // The decision endpoint already counted it as a failed attempt: it was signed by the person's phone.
        context.getEvent().user(device.user()).error(Errors.INVALID_USER_CREDENTIALS);
        context.challenge(page(context, null, "denied", switch (decided.get()) {
            case NUMBER_MISMATCH -> "slsIbKeyNumberMismatch";
            case CODE_MISMATCH -> "slsIbKeyCodeMismatch";
            default -> "slsIbKeyDenied";
        }));
    }

    private static Optional<PushChallenge> current(AuthenticationFlowContext context, IbKeyDevice device) {
        return Optional.ofNullable(context.getAuthenticationSession().getAuthNote(IbKeyNotes.PUSH_CHALLENGE))
                .flatMap(id -> new PushChallenges(context.getSession()).find(id))
                .filter(c -> c.deviceHandle().equals(device.handle()));
    }

    private static PushRequest request(AuthenticationFlowContext context, IbKeyDevice device,
                                       LoginMessages messages) {
        ClientModel client = context.getAuthenticationSession().getClient();
        Optional<WithdrawalRequest> withdrawal = withdrawal(context);
        return new PushRequest(context.getRealm().getId(), device.user().getId(), device.handle(),
                client.getClientId(), messages.clientName(client), ClientAddress.of(context.getConnection()),
                withdrawal.map(w -> w.amount().display()).orElse(null), withdrawal.flatMap(WithdrawalRequest::payee)
                .orElse(null), loginRef(context), context.getHttpRequest().getHttpHeaders()
                .getHeaderString(HttpHeaders.USER_AGENT));
    }

    private static String loginRef(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        return authSession.getParentSession().getId() + "." + authSession.getTabId();
    }

    /** The withdrawal the application asked the person to confirm, if any: shown on the phone and signed by it. */
    private static Optional<WithdrawalRequest> withdrawal(AuthenticationFlowContext context) {
        return WithdrawalGate.readable(context.getAuthenticationSession());
    }

    private static Response page(AuthenticationFlowContext context, PushChallenge challenge, String state,
                                 String error) {
        IbKeyLoginConfig config = IbKeyLoginConfig.from(context.getAuthenticatorConfig());
        var form = context.form().setAttribute("slsPushState", state)
                .setAttribute("slsPushNotice", NonePushSenderFactory.ID.equals(config.pushSender())
                        ? "slsIbKeyPushOpenApp" : "slsIbKeyPushSent");
        if (challenge != null) {
            MatchMode mode = challenge.match().mode();
            form.setAttribute("slsMatchMode", mode.wire())
                    .setAttribute("slsCode", mode == MatchMode.CODE ? spaced(challenge.match().code()) : null)
                    .setAttribute("slsNumber", challenge.match().number())
                    .setAttribute("slsAmount", withdrawal(context).map(w -> LocalFormats.of(context)
                            .amount(w.amount().amount(), w.amount().currency())).orElse(challenge.request().amount()))
                    .setAttribute("slsPayee", challenge.request().payee())
                    .setAttribute("slsExpiresIn", Math.max(0, challenge.expiresAt() - Time.currentTime()))
                    .setAttribute("slsWaitUrl", WaitUrls.waitUrl(context.getSession(), context.getRealm(),
                            challenge.watchId()));
            if (config.referenceAppHints()) {
                form.setAttribute("slsReferenceApp", mode == MatchMode.CODE
                        ? "approve --code " + challenge.match().code() : "watch");
            }
        }
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    /** "123 456": easier to read out and type. */
    private static String spaced(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
