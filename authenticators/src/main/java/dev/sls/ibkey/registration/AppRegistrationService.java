package dev.sls.ibkey.registration;

import dev.sls.binding.BindingHistory;
import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.limit.RateLimits;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.Lockout;
import dev.sls.core.login.LoginMessages;
import dev.sls.ibkey.activation.ActivationCodes;
import dev.sls.ibkey.activation.ActivationOrigin;
import dev.sls.ibkey.activation.IssuedActivation;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.api.ActivationSmsRequest;
import dev.sls.ibkey.protocol.api.ActivationSmsSent;
import dev.sls.ibkey.protocol.api.AppRegistration;
import dev.sls.ibkey.protocol.api.AppRegistrationRequest;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.registration.AppRegistrations.Registration;
import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.number.MaskedNumbers;
import dev.sls.mobile.number.PhoneNumberParser;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.CodePurpose;
import dev.sls.mobile.send.SendReport;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Activating IB Key without a QR code, in the app (the seeds' "activate without QR"): username and password, then an
 * activation code by SMS to a verified number (or, for a user who has no second factor yet, a number typed in the app
 * and verified by that very code), then the usual signed {@code POST /activations} with the new device key.
 */
public final class AppRegistrationService {

    /** The device API answers in English: waits in its words ("5 minutes", "1 hour"). */

    /**
     * Wrong passwords through the app per client IP in ten minutes (credential stuffing). Unlike a device signature, a
     * password cannot be checked before the limit: a check that still answered "right" at a full address would hand
     * the stuffer the very oracle the limit withholds. So every attempt takes a slot first (parallel guesses cannot
     * race past it) and a right password gives it back: only failures fill the limit.
     */
    static final RateLimits.Limit PASSWORDS_PER_IP = new RateLimits.Limit("ibkey-reg-ip", 30, Duration.ofMinutes(10));
    /** SMS codes checked per registration, right or wrong (each check takes a slot first, so guesses cannot race). */
    static final int CODE_CHECKS = PendingCode.MAX_FAILURES;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AppRegistrations registrations;
    private final RegistrationEvents events;

    public AppRegistrationService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.registrations = new AppRegistrations(session);
        this.events = new RegistrationEvents(session, realm);
    }

    public AppRegistration start(AppRegistrationRequest request) {
        PasswordCheck.checkSizes(request.username(), request.password());
        UserModel user = new PasswordCheck(session, realm).verifyOrRefuse(request.username(), request.password(),
                PASSWORDS_PER_IP, events::passwordRefused);
        List<MobileNumber> verified = new MobileNumbers(session, realm).verified(user);
        boolean canAdd = !hasSecondFactor(user);
        if (verified.isEmpty() && !canAdd) {
            events.refused(user, "no_verified_number");
            throw new ApiException(IbKeyErrorCode.NO_VERIFIED_NUMBER, "This account has no verified mobile number. Log in"
                    + " on the web to add one, or activate IB Key with the QR code shown after you log in.");
        }
        Registration created = registrations.create(realm.getId(), user.getId());
        events.started(user);
        List<AppRegistration.NumberChoice> numbers = IntStream.range(0, verified.size())
                .mapToObj(i -> new AppRegistration.NumberChoice(Integer.toString(i), verified.get(i).masked())).toList();
        return new AppRegistration(created.id(), user.getUsername(), numbers, canAdd, created.expiresAt());
    }

    public ActivationSmsSent sendSms(String registrationId, ActivationSmsRequest request) {
        Registration registration = live(registrationId);
        UserModel user = userOf(registration);
        MobileNumbers numbers = new MobileNumbers(session, realm);
        String typedNumber = null;
        String e164;
        if (request.numberRef() != null) {
            List<MobileNumber> verified = numbers.verified(user);
            int index = parseRef(request.numberRef(), verified.size());
            e164 = verified.get(index).e164();
        } else if (request.newNumber() != null) {
            if (hasSecondFactor(user)) {
                throw new ApiException(IbKeyErrorCode.NO_VERIFIED_NUMBER,
                        "A new number can only be added on the web after logging in with your current device.");
            }
            PhoneNumberParser.Result parsed = numbers.check(user, request.region(), request.newNumber());
            if (!parsed.ok()) {
                throw new ApiException(IbKeyErrorCode.NUMBER_REFUSED,
                        "This number cannot receive codes: " + parsed.problem().name().toLowerCase());
            }
            e164 = parsed.number().e164();
            typedNumber = e164;
        } else {
            throw JsonResponses.invalid("numberRef or newNumber is required");
        }
        long now = Time.currentTime();
        PendingCode code = registration.pendingCode().filter(c -> c.reusableFor(e164, now))
                .orElseGet(() -> PendingCode.issue(e164, now, numbers.settings().codeLifetimeSeconds()));
        SendReport report = numbers.send(user, code, Channel.SMS, CodePurpose.DEVICE_ACTIVATION);
        if (!report.delivered()) {
            events.refused(user, "sms_" + report.outcome().name().toLowerCase());
            throw switch (report.outcome()) {
                case LIMITED -> new ApiException(CommonErrorCode.RATE_LIMITED, report.limitedApiMessage());
                default -> new ApiException(IbKeyErrorCode.SMS_NOT_SENT,
                        "The text message could not be sent now; try again in a few minutes.");
            };
        }
        registrations.save(registration.withCode(code, typedNumber));
        events.smsSent(user);
        return new ActivationSmsSent(MaskedNumbers.mask(e164), code.expiresAt());
    }

    public ActivationCodeGrant redeem(String registrationId, String typed) {
        Registration registration = live(registrationId);
        UserModel user = userOf(registration);
        if (new RateLimits(session).tryUse(new RateLimits.Limit("ibkey-reg-code", CODE_CHECKS,
                Duration.ofSeconds(AppRegistrations.LIFETIME_SECONDS)), registration.id()).isPresent()) {
            registrations.save(registration.withoutCode());
            throw new ApiException(IbKeyErrorCode.SMS_CODE_EXPIRED, "Too many wrong codes; ask for a new one.");
        }
        PendingCode code = registration.pendingCode().filter(c -> !c.expired(Time.currentTime()))
                .orElseThrow(() -> new ApiException(IbKeyErrorCode.SMS_CODE_EXPIRED,
                        "No code is waiting for this activation; ask for a new one."));
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!code.code().equals(digits)) {
            Lockout.recordFailure(session, realm, user);
            events.refused(user, "sms_code_invalid");
            throw new ApiException(IbKeyErrorCode.SMS_CODE_INVALID, "The code is not the one we sent.");
        }
        if (!registrations.finish(registration) || !user.isEnabled()
                || Lockout.isBruteForceLocked(session, realm, user)) {
            throw new ApiException(IbKeyErrorCode.REGISTRATION_EXPIRED, "This activation is over; start again.");
        }
        registration.newNumber().ifPresent(number -> verifyNewNumber(user, number));
        IssuedActivation issued = new ActivationCodes(session).issue(realm, user, AppRegistrations.LIFETIME_SECONDS,
                ActivationOrigin.sms(code.e164()));
        events.codeGranted(user);
        return new ActivationCodeGrant(issued.code().display(), issued.expiresAt());
    }

    private void verifyNewNumber(UserModel user, String e164) {
        MobileNumbers numbers = new MobileNumbers(session, realm);
        PhoneNumberParser.Result parsed = numbers.check(user, null, e164);
        if (parsed.ok()) {
            numbers.add(user, parsed.number());
        }
        numbers.markVerified(user, e164);
        if (numbers.verifiedDefault(user).isEmpty()) {
            numbers.makeDefault(user, e164);
        }
    }

    private Registration live(String registrationId) {
        return registrations.find(realm.getId(), registrationId).orElseThrow(() -> new ApiException(
                IbKeyErrorCode.REGISTRATION_EXPIRED, "This activation is unknown or over; start again."));
    }

    private UserModel userOf(Registration registration) {
        UserModel user = session.users().getUserById(realm, registration.userId());
        if (user == null || !user.isEnabled()) {
            throw new ApiException(IbKeyErrorCode.REGISTRATION_EXPIRED, "This activation is over; start again.");
        }
        return user;
    }

    /**
     * Whether a number typed in the app may receive the code: only for an account that never had a second factor, or
     * whose enrolment Client Services reset (issue 16: the password alone never binds a device to an account that had
     * one). Any credential besides the password counts: an SLS device, Keycloak OTP, a passkey.
     */
    private static boolean hasSecondFactor(UserModel user) {
        boolean holds = user.credentialManager().getStoredCredentialsStream()
                .anyMatch(c -> !PasswordCredentialModel.TYPE.equals(c.getType()));
        return holds || BindingHistory.hasOrHadDevice(user) && BindingHistory.pendingReset(user).isEmpty();
    }

    private static int parseRef(String ref, int count) {
        try {
            int index = Integer.parseInt(ref);
            if (index >= 0 && index < count) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw JsonResponses.invalid("numberRef must be one of the refs listed");
    }
}
