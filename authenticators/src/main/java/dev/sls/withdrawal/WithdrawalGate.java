package dev.sls.withdrawal;

import dev.sls.core.event.EventDetails;
import dev.sls.withdrawal.WithdrawalDecision.Reason;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * How a second-factor step takes part in confirming a withdrawal the application asked for
 * ({@link WithdrawalRequest}): it asks {@link #admits} before it shows its screen and at each post, and calls
 * {@link #success} instead of {@code context.success}. Without a withdrawal both just let the login go on.
 */
public final class WithdrawalGate {

    private static final Logger LOG = Logger.getLogger(WithdrawalGate.class);

    private WithdrawalGate() {
    }

    /**
     * Whether a device of {@code credentialType} may confirm the withdrawal of this login; empty when the login
     * confirms none. A request the authorization endpoint let through always reads here; should one not, the answer
     * is a refusal.
     */
    public static Optional<WithdrawalDecision> decision(AuthenticationFlowContext context, String credentialType) {
        return decisions(context).map(decide -> decide.apply(credentialType));
    }

    /**
     * For the device chooser, which weighs every device of the person: why a device of a given credential type may
     * not confirm this login's withdrawal, in the words of the refusal page (empty when no withdrawal is asked or the
     * device may confirm it). The settings and the person's withdrawals are read once, here.
     */
    public static Function<String, Optional<WithdrawalRefusalForm>> refusals(AuthenticationFlowContext context) {
        Optional<Function<String, WithdrawalDecision>> decisions = decisions(context);
        if (decisions.isEmpty()) {
            return credentialType -> Optional.empty();
        }
        WithdrawalRequest shown = readable(context.getAuthenticationSession());
        return credentialType -> Optional.of(decisions.get().apply(credentialType))
                .filter(decision -> !decision.allowed())
                .map(decision -> new WithdrawalRefusalForm(shown, credentialType, decision));
    }

    private static Optional<Function<String, WithdrawalDecision>> decisions(AuthenticationFlowContext context) {
        return request(context.getAuthenticationSession()).map(request -> request
                .<Function<String, WithdrawalDecision>>map(r -> new WithdrawalPolicy(context.getSession())
                        .checker(context.getRealm(), context.getUser(), r.amount()))
                .orElseGet(() -> credentialType -> WithdrawalDecision.refuse(Reason.SETTINGS_INVALID)));
    }

    /**
     * True when the step may go on: no withdrawal, or one its device may confirm. Otherwise the page says why and
     * which device to use ({@value WithdrawalRefusalForm#TEMPLATE}), and its Cancel button ends the login with
     * {@code access_denied} at the application.
     */
    public static boolean admits(AuthenticationFlowContext context, String credentialType) {
        Optional<WithdrawalDecision> decision = decision(context, credentialType);
        if (decision.isEmpty() || decision.get().allowed()) {
            return true;
        }
        var form = context.getHttpRequest().getDecodedFormParameters();
        if (form != null && WithdrawalRefusalForm.CANCEL.equals(form.getFirst(WithdrawalRefusalForm.FIELD))) {
            context.cancelLogin();
            return false;
        }
        refuse(context, credentialType, readable(context.getAuthenticationSession()), decision.get());
        return false;
    }

    /**
     * The device has proved the person: without a withdrawal, {@code context.success}. With one, it is checked again
     * and recorded under the person's lock; the login succeeds with the confirmation kept for the tokens, or, if the
     * limits no longer allow it (another withdrawal was confirmed meanwhile), the refusal page is shown.
     */
    public static void success(AuthenticationFlowContext context, String credentialType) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<Optional<WithdrawalRequest>> request = request(authSession);
        if (request.isEmpty()) {
            context.success(credentialType);
            return;
        }
        if (request.get().isEmpty()) {
            refuse(context, credentialType, null, WithdrawalDecision.refuse(Reason.SETTINGS_INVALID));
            return;
        }
        WithdrawalRequest asked = request.get().get();
        WithdrawalPolicy.Confirmation confirmed = new WithdrawalPolicy(context.getSession()).confirm(
                context.getRealm(), context.getUser(), credentialType, asked.amount(),
                authSession.getClient().getClientId());
        if (confirmed.recordId().isEmpty()) {
            refuse(context, credentialType, asked, confirmed.decision());
            return;
        }
        WithdrawalConfirmation confirmation = new WithdrawalConfirmation(asked, credentialType, Time.currentTime(),
                confirmed.recordId().get());
        authSession.setClientNote(WithdrawalConfirmation.NOTE, confirmation.toNote());
        context.getEvent().detail(EventDetails.WITHDRAWAL, asked.amount().display());
        context.success(credentialType);
    }

    /** Whether this login is asked to confirm a withdrawal. */
    public static boolean asked(AuthenticationSessionModel authSession) {
        return request(authSession).isPresent();
    }

    /** Empty: no withdrawal asked. Present but empty: one was asked that cannot be read (refused, never ignored). */
    private static Optional<Optional<WithdrawalRequest>> request(AuthenticationSessionModel authSession) {
        if (authSession.getClientNote(WithdrawalRequest.NOTE) == null) {
            return Optional.empty();
        }
        try {
            Optional<WithdrawalRequest> request = WithdrawalRequest.of(authSession);
            return request.isEmpty() ? Optional.empty() : Optional.of(request);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Unreadable authorization_details in a login: %s", e.getMessage());
            return Optional.of(Optional.empty());
        }
    }

    private static WithdrawalRequest readable(AuthenticationSessionModel authSession) {
        return request(authSession).flatMap(request -> request).orElse(null);
    }

    private static void refuse(AuthenticationFlowContext context, String credentialType, WithdrawalRequest shown,
                               WithdrawalDecision decision) {
        context.getEvent().detail(EventDetails.WITHDRAWAL_REFUSED, decision.reason().name());
        context.challenge(context.form().setAttribute(WithdrawalRefusalForm.ATTRIBUTE,
                        new WithdrawalRefusalForm(shown, credentialType, decision))
                .createForm(WithdrawalRefusalForm.TEMPLATE));
    }
}
