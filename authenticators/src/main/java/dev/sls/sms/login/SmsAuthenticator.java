package dev.sls.sms.login;

import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.Lockout;
import dev.sls.level.ProvedMethods;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.NumberDevices;
import dev.sls.mobile.code.CodeNotes;
import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.code.SentChannels;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.SendOutcome;
import dev.sls.mobile.send.SendProgress;
import dev.sls.mobile.send.SendReport;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.sms.credential.SmsCodeAnswer;
import dev.sls.sms.credential.SmsCredentialModel;
import dev.sls.sms.credential.SmsCredentialProvider;
import dev.sls.wait.WaitUrls;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;

/**
 * SMS login: after the password a six-digit code goes by SMS to the user's verified default number; "Didn't receive
 * a security code?" sends it again by SMS or reads it in a voice callback. Codes are short-lived, used once and bound
 * to this login; a resend within the lifetime repeats the same code. Wrong codes go through {@code failureChallenge}
 * (reference category {@code otp}), and no send resets that count.
 */
public final class SmsAuthenticator extends DeviceAuthenticator<SmsCredentialProvider, SmsCredentialModel>
        implements ChoosableDevice {

    static final String ACTION = "sls-action";
    static final String CODE = "sls-code";
    static final CodeNotes NOTES = new CodeNotes("login");
    /** The channels this login's pending code went out by: "{issuedAt}|sms voice". */
    static final String CHANNELS_NOTE = "sls.sms.channels";
    private static final SentChannels CHANNELS = new SentChannels(CHANNELS_NOTE);
    /** The send of the pending code the provider had not answered when the page was shown. */
    private static final SendProgress PROGRESS = new SendProgress("sls.sms.sending");

    SmsAuthenticator() {
        super(SmsCredentialProvider.DEVICE, WithdrawalGate::admits);
    }

    @Override
    public String describe(AuthenticationFlowContext context, CredentialModel credential) {
        return SmsChoice.describe(numbers(context), context);
    }

    @Override
    public DeviceStatus status(AuthenticationFlowContext context, CredentialModel credential) {
        return SmsChoice.status(context);
    }

    @Override
    protected Optional<SmsCredentialModel> activeCredential(AuthenticationFlowContext context) {
        return getCredentialProvider(context.getSession()).active(context.getUser());
    }

    @Override
    protected String credentialId(SmsCredentialModel credential) {
        return credential.getId();
    }

    @Override
    protected void showChallenge(AuthenticationFlowContext context, SmsCredentialModel credential) {
        Optional<MobileNumber> number = numbers(context).verifiedDefault(context.getUser());
        if (number.isEmpty()) {
            context.challenge(SmsPage.withoutNumber().render(context, "slsSmsNoVerifiedNumber", null));
            return;
        }
        Optional<PendingCode> pending = NOTES.current(context.getAuthenticationSession())
                .filter(code -> code.e164().equals(number.get().e164()) && !code.expired(Time.currentTime()));
        if (pending.isPresent()) {
            // A reloaded page shows the code already sent (or how its send ended) rather than sending another.
            followSend(context, number.get(), pending.get());
        } else {
            send(context, number.get(), Channel.SMS, true);
        }
    }

    @Override
    protected void verifyPost(AuthenticationFlowContext context, SmsCredentialModel credential) {
        Optional<MobileNumber> number = numbers(context).verifiedDefault(context.getUser());
        if (number.isEmpty()) {
            showChallenge(context, credential);
            return;
        }
        String action = context.getHttpRequest().getDecodedFormParameters().getFirst(ACTION);
        switch (action == null ? "verify" : action) {
            case "resend-sms" -> send(context, number.get(), Channel.SMS, false);
            case "resend-voice" -> send(context, number.get(), Channel.VOICE, false);
            case "send-status" -> showChallenge(context, credential);
            default -> verify(context, credential, number.get());
        }
    }

    private void verify(AuthenticationFlowContext context, SmsCredentialModel credential, MobileNumber number) {
        if (Lockout.refuses(context, () -> page(context, number, null).render(context, "slsSmsCodeInvalid", null))) {
            return;
        }
        String typed = context.getHttpRequest().getDecodedFormParameters().getFirst(CODE);
        Optional<PendingCode> checked = NOTES.current(context.getAuthenticationSession());
        Optional<SendReport> refused = checked.flatMap(code -> PROGRESS.refusedOnly(context.getSession(),
                context.getAuthenticationSession(), code, CHANNELS));
        if (refused.isPresent()) {
            show(context, number, checked.get(), refused.get(), false);
            return;
        }
        CodeNotes.Check check = NOTES.check(context.getAuthenticationSession(), pending -> pending.e164()
                .equals(number.e164()) && context.getUser().credentialManager()
                .isValid(new SmsCodeAnswer(credential.getId(), pending.code(), typed)));
        switch (check) {
            case RIGHT -> {
                PROGRESS.codeUsed(context.getSession(), context.getAuthenticationSession(), checked.get(), CHANNELS);
                ProvedMethods.record(context, CHANNELS.takeMethods(context.getAuthenticationSession(), checked));
                WithdrawalGate.confirmAndRecord(context, SmsCredentialModel.TYPE);
            }
            case WRONG -> {
                context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
                boolean dropped = NOTES.current(context.getAuthenticationSession()).isEmpty();
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, number, null)
                        .render(context, dropped ? "slsSmsCodeTooManyWrong" : "slsSmsCodeInvalid", null));
            }
            case EXPIRED -> context.challenge(page(context, number, null).render(context, "slsSmsCodeExpired", null));
            case NONE -> context.challenge(page(context, number, null).render(context, "slsSmsNoCode", null));
        }
    }

    /** @param first the code this login sends by itself, before the person asked for anything */
    private void send(AuthenticationFlowContext context, MobileNumber number, Channel channel, boolean first) {
        MobileNumbers numbers = numbers(context);
        PendingCode code = NOTES.codeFor(context.getAuthenticationSession(), number.e164(),
                numbers.settings().codeLifetimeSeconds());
        PROGRESS.carryOver(context.getSession(), context.getAuthenticationSession(), code, CHANNELS);
        SendReport report = numbers.send(context.getUser(), code, channel);
        PROGRESS.remember(context.getAuthenticationSession(), code, report);
        show(context, number, code, report, first);
    }

    /** The page's script (or its Continue button, or a reload) asks what became of the send it waited for. */
    private void followSend(AuthenticationFlowContext context, MobileNumber number, PendingCode code) {
        Optional<SendReport> followed = PROGRESS.current(context.getSession(), context.getAuthenticationSession(),
                code);
        if (followed.isEmpty()) {
            context.challenge(page(context, number, null).render(context, null, null));
            return;
        }
        if (followed.get().outcome() != SendOutcome.SENDING) {
            PROGRESS.forget(context.getAuthenticationSession());
        }
        show(context, number, code, followed.get(), false);
    }

    /** The page for what a send came to: still sending (the page waits for the provider), sent, or why not. */
    private void show(AuthenticationFlowContext context, MobileNumber number, PendingCode code, SendReport report,
                      boolean first) {
        MobileNumbers numbers = numbers(context);
        Channel channel = report.channel();
        String sentNotice = channel == Channel.SMS ? "slsSmsSentBySms" : "slsSmsSentByVoice";
        if (report.outcome() == SendOutcome.SENDING) {
            String notice = channel == Channel.SMS ? "slsSmsSendingBySms" : "slsSmsSendingByVoice";
            String waitUrl = WaitUrls.waitUrl(context.getSession(), context.getRealm(), report.watchId());
            long expiresIn = Math.max(0, code.expiresAt() - Time.currentTime());
            context.challenge(page(context, number, notice).waitingFor(waitUrl, expiresIn, sentNotice)
                    .render(context, null, null));
            return;
        }
        if (report.delivered()) {
            CHANNELS.wentBy(context.getAuthenticationSession(), code, channel);
            String notice = report.outcome() == SendOutcome.PENDING ? "slsSmsSendPending" : sentNotice;
            context.challenge(page(context, number, notice).render(context, null, null));
            return;
        }
        LocalFormats formats = LocalFormats.of(context);
        String lifetime = formats.lifetime(numbers.settings().codeLifetime());
        boolean codeOut = CHANNELS.wentOut(context.getAuthenticationSession(), code);
        if (!codeOut) {
            // Nothing went out for this code: the page asks for none, and a reload tries to send again.
            NOTES.clear(context.getAuthenticationSession());
        }
        SmsPage page = codeOut ? SmsPage.to(number.masked(), null, lifetime)
                : SmsPage.noCodeYet(number.masked(), lifetime);
        if (first && report.outcome() == SendOutcome.LIMITED
                && report.retryAfter().getSeconds() <= numbers.settings().limits().cooldownSeconds()) {
            // Within the cooldown, an earlier login that was not finished sent a code a moment ago (codes are
            // bound to their login): say so, and when one can be asked for this login.
            context.challenge(page.renderInfo(context, "slsSmsCodeAlreadySent", page.getNumber(),
                    formats.waitFor(report.retryAfter())));
            return;
        }
        SendReport.Message message = report.message(page.getNumber(), formats,
                new NumberDevices(context.getSession()).hasDeviceBesidesNumber(context.getRealm(), context.getUser()));
        context.challenge(page.render(context, message.key(), message.argument()));
    }

    private static SmsPage page(AuthenticationFlowContext context, MobileNumber number, String notice) {
        return SmsPage.to(number.masked(), notice,
                LocalFormats.of(context).lifetime(numbers(context).settings().codeLifetime()));
    }

    private static MobileNumbers numbers(AuthenticationFlowContext context) {
        return new MobileNumbers(context.getSession(), context.getRealm());
    }
}
