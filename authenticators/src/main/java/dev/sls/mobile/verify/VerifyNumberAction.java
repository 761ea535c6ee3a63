package dev.sls.mobile.verify;

import dev.sls.binding.BindingGate;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.event.EventDetails;
import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.NumberDevices;
import dev.sls.mobile.code.CodeNotes;
import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.code.SentChannels;
import dev.sls.mobile.number.MaskedNumbers;
import dev.sls.mobile.number.ParsedNumber;
import dev.sls.mobile.number.PhoneNumberParser;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.SendOutcome;
import dev.sls.mobile.send.SendProgress;
import dev.sls.mobile.send.SendReport;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.wait.WaitUrls;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Verify mobile number": the person's numbers with add, verify, make default and remove; a confirmation code by SMS
 * (or voice) typed on screen marks a number verified. A person with no Secure Login device is then enrolled in the
 * device that needs only the number (SMS codes), as the seeds describe.
 */
public final class VerifyNumberAction implements RequiredActionProvider {

    static final String NUMBERS_TEMPLATE = "sls-phone-numbers.ftl";
    static final String CONFIRM_TEMPLATE = "sls-phone-confirm.ftl";
    static final String ACTION = "sls-action";
    static final String COUNTRY = "sls-country";
    static final String NUMBER = "sls-number";
    static final String TARGET = "sls-target";
    static final String CODE = "sls-code";
    static final CodeNotes NOTES = new CodeNotes("verify");
    static final SentChannels CHANNELS = new SentChannels("sls.phone.verify.channels");
    /** The send of the pending code the provider had not answered when the page was shown. */
    static final SendProgress PROGRESS = new SendProgress("sls.phone.verify.sending");
    /** What the refusal event names: verified numbers lead to SMS codes and to IB Key activation by SMS. */
    static final String NUMBERS_CREDENTIAL = "sls-mobile-number";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by an admin, by the SMS login step for a user without a verified number, or through kc_action.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (BindingGate.refuses(context, NUMBERS_CREDENTIAL)) {
            return;
        }
        Optional<PendingCode> pending = NOTES.current(context.getAuthenticationSession());
        if (pending.isPresent()) {
            followSend(context, pending.get());
        } else {
            numbersPage(context, null, null);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BindingGate.refuses(context, NUMBERS_CREDENTIAL)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst(ACTION);
        switch (action == null ? "" : action) {
            case "add" -> add(context, form.getFirst(COUNTRY), form.getFirst(NUMBER));
            case "verify" -> target(context, form).ifPresentOrElse(n -> send(context, n.e164(), Channel.SMS),
                    () -> numbersPage(context, null, null));
            case "default" -> {
                target(context, form).ifPresent(n -> numbers(context).makeDefault(context.getUser(), n.e164()));
                numbersPage(context, null, null);
            }
            case "remove" -> {
                target(context, form).ifPresent(n -> numbers(context).remove(context.getUser(), n.e164()));
                numbersPage(context, null, null);
            }
            case "enrol" -> {
                new Enrolment(context).choose();
                numbersPage(context, null, null);
            }
            case "confirm" -> confirm(context, form.getFirst(CODE));
            case "resend-sms" -> resend(context, Channel.SMS);
            case "resend-voice" -> resend(context, Channel.VOICE);
            case "send-status" -> requiredActionChallenge(context);
            case "back" -> {
                NOTES.clear(context.getAuthenticationSession());
                numbersPage(context, null, null);
            }
            case "done" -> finish(context);
            default -> requiredActionChallenge(context);
        }
    }

    private void add(RequiredActionContext context, String region, String typed) {
        PhoneNumberParser.Result checked = numbers(context).check(context.getUser(), region, typed);
        if (!checked.ok()) {
            numbersPage(context, typed, checked.problem().messageKey());
            return;
        }
        numbers(context).add(context.getUser(), checked.number());
        send(context, checked.number().e164(), Channel.SMS);
    }

    private void send(RequiredActionContext context, String e164, Channel channel) {
        MobileNumbers numbers = numbers(context);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        PendingCode code = NOTES.codeFor(authSession, e164, numbers.settings().codeLifetimeSeconds());
        PROGRESS.carryOver(context.getSession(), authSession, code, CHANNELS);
        SendReport report = numbers.send(context.getUser(), code, channel);
        PROGRESS.remember(authSession, code, report);
        show(context, code, report);
    }

    /** The page's script (or its Continue button, or a reload) asks what became of the send it waited for. */
    private void followSend(RequiredActionContext context, PendingCode code) {
        Optional<SendReport> followed = PROGRESS.current(context.getSession(), context.getAuthenticationSession(),
                code);
        if (followed.isEmpty()) {
            confirmPage(context, code, null);
            return;
        }
        if (followed.get().outcome() != SendOutcome.SENDING) {
            PROGRESS.forget(context.getAuthenticationSession());
        }
        show(context, code, followed.get());
    }

    /** The confirm page for what a send came to: still sending (the page waits for the provider), sent, or why not. */
    private void show(RequiredActionContext context, PendingCode code, SendReport report) {
        String masked = MaskedNumbers.mask(code.e164(), countryCode(code.e164()));
        boolean sms = report.channel() == Channel.SMS;
        String sentNotice = sms ? "slsPhoneCodeSentSms" : "slsPhoneCodeSentVoice";
        if (report.outcome() == SendOutcome.SENDING) {
            String waitUrl = WaitUrls.waitUrl(context.getSession(), context.getRealm(), report.watchId());
            context.challenge(page(context, null, null)
                    .notice(sms ? "slsPhoneCodeSendingSms" : "slsPhoneCodeSendingVoice", masked)
                    .waitingFor(waitUrl, Math.max(0, code.expiresAt() - Time.currentTime()), sentNotice)
                    .render(context, CONFIRM_TEMPLATE, null, null));
        } else if (report.delivered()) {
            CHANNELS.wentBy(context.getAuthenticationSession(), code, report.channel());
            context.challenge(page(context, null, null).notice(sentNotice, masked)
                    .render(context, CONFIRM_TEMPLATE, null, null));
        } else {
            confirmPage(context, code, report);
        }
    }

    private void resend(RequiredActionContext context, Channel channel) {
        Optional<PendingCode> pending = NOTES.current(context.getAuthenticationSession());
        if (pending.isEmpty()) {
            numbersPage(context, null, "slsPhoneCodeExpired");
            return;
        }
        send(context, pending.get().e164(), channel);
    }

    private void confirm(RequiredActionContext context, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<PendingCode> pending = NOTES.current(authSession);
        String entered = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        Optional<SendReport> refused = pending.flatMap(code -> PROGRESS.refusedOnly(context.getSession(),
                authSession, code, CHANNELS));
        if (refused.isPresent()) {
            show(context, pending.get(), refused.get());
            return;
        }
        CodeNotes.Check check = NOTES.check(authSession, code -> MessageDigest.isEqual(
                code.code().getBytes(StandardCharsets.US_ASCII), entered.getBytes(StandardCharsets.US_ASCII)));
        switch (check) {
            case RIGHT -> {
                PROGRESS.codeUsed(context.getSession(), authSession, pending.get(), CHANNELS);
                String e164 = pending.orElseThrow().e164();
                numbers(context).markVerified(context.getUser(), e164);
                context.getEvent().clone().event(EventType.UPDATE_PROFILE).detail(EventDetails.PHONE_VERIFIED,
                        MaskedNumbers.mask(e164, countryCode(e164))).success();
                new Enrolment(context).automatic(CHANNELS.takeMethods(authSession, pending));
                numbersPage(context, null, null, "slsPhoneNumberVerified");
            }
            case WRONG -> {
                context.getEvent().clone().event(EventType.UPDATE_PROFILE_ERROR).error(Errors.INVALID_CODE);
                Optional<PendingCode> still = NOTES.current(authSession);
                if (still.isPresent()) {
                    confirmPage(context, still.get(), null, "slsPhoneCodeInvalid");
                } else {
                    numbersPage(context, null, "slsPhoneCodeTooManyWrong");
                }
            }
            case EXPIRED, NONE -> numbersPage(context, null, "slsPhoneCodeExpired");
        }
    }

    private void finish(RequiredActionContext context) {
        if (numbers(context).verifiedDefault(context.getUser()).isEmpty()) {
            numbersPage(context, null, "slsPhoneVerifyFirst");
            return;
        }
        NOTES.clear(context.getAuthenticationSession());
        context.success();
    }

    private void numbersPage(RequiredActionContext context, String typed, String error) {
        numbersPage(context, typed, error, null);
    }

    private void numbersPage(RequiredActionContext context, String typed, String error, String info) {
        PhonePage page = page(context, typed, null);
        if (info != null) {
            page.notice(info, "");
        }
        context.challenge(page.render(context, NUMBERS_TEMPLATE, error, null));
    }

    private void confirmPage(RequiredActionContext context, PendingCode code, SendReport failed) {
        confirmPage(context, code, failed, null);
    }

    private void confirmPage(RequiredActionContext context, PendingCode code, SendReport failed, String error) {
        String masked = MaskedNumbers.mask(code.e164(), countryCode(code.e164()));
        PhonePage page = page(context, null, masked);
        if (failed != null) {
            SendReport.Message message = failed.message(page.getPendingNumber(), formats(context), new NumberDevices(context.getSession())
                    .hasDeviceBesidesNumber(context.getRealm(), context.getUser()));
            context.challenge(page.render(context, CONFIRM_TEMPLATE, message.key(), message.argument()));
        } else {
            context.challenge(page.render(context, CONFIRM_TEMPLATE, error, null));
        }
    }

    private PhonePage page(RequiredActionContext context, String typed, String pendingMasked) {
        MobileNumbers numbers = numbers(context);
        var locale = context.getSession().getContext().resolveLocale(context.getUser());
        List<MobileNumber> list = numbers.of(context.getUser());
        String pending = pendingMasked != null ? pendingMasked : NOTES.current(context.getAuthenticationSession())
                .map(c -> MaskedNumbers.mask(c.e164(), countryCode(c.e164()))).orElse(null);
        return new PhonePage(list, CountryChoices.list(locale, numbers.defaultRegion(locale)), typed, pending,
                new Enrolment(context).canChoose(), formats(context).lifetime(numbers.settings().codeLifetime()));
    }

    private static LocalFormats formats(RequiredActionContext context) {
        return LocalFormats.of(context.getSession(), context.getRealm(), context.getUser());
    }

    private static Optional<MobileNumber> target(RequiredActionContext context, MultivaluedMap<String, String> form) {
        List<MobileNumber> list = numbers(context).of(context.getUser());
        try {
            int index = Integer.parseInt(form.getFirst(TARGET));
            return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int countryCode(String e164) {
        return PhoneNumberParser.canonical(e164).map(ParsedNumber::countryCode).orElse(0);
    }

    static MobileNumbers numbers(RequiredActionContext context) {
        return new MobileNumbers(context.getSession(), context.getRealm());
    }

    @Override
    public void close() {
        // stateless
    }
}
