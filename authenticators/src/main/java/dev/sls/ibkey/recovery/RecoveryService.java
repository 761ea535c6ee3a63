package dev.sls.ibkey.recovery;

import dev.sls.core.limit.RateLimits;
import dev.sls.core.login.Lockout;
import dev.sls.ibkey.activation.ActivationCodes;
import dev.sls.ibkey.activation.ActivationOrigin;
import dev.sls.ibkey.activation.IssuedActivation;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.RecoveryProof;
import dev.sls.ibkey.protocol.api.RecoveryRequest;
import dev.sls.ibkey.protocol.api.RecoveryStarted;
import dev.sls.ibkey.recovery.Recoveries.Recovery;
import dev.sls.ibkey.registration.PasswordCheck;
import dev.sls.mobile.code.PendingCode;
import dev.sls.recovery.ClientServices;
import dev.sls.recovery.RecoveryChallenge;
import dev.sls.recovery.RecoveryDevice;
import dev.sls.recovery.RecoveryDevices;
import dev.sls.recovery.RecoveryPinGuard;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import java.time.Duration;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Recover setup" (F6): after a reinstall or on a new phone, the app proves who the person is without the old phone,
 * and receives an activation code for {@code POST /activations}, which binds the new key and retires the old one in
 * one transaction. The proof is the response of another active physical device when the person holds one (never an
 * SMS then), else an activation token by SMS to the number recorded at activation while it is still a verified number
 * of the person; with the recovery PIN's proof when the old key was set up with a PIN.
 */
public final class RecoveryService {

    /** Wrong passwords through recovery per client address in ten minutes; a right one gives its slot back. */
    static final RateLimits.Limit PASSWORDS_PER_IP = new RateLimits.Limit("ibkey-recovery-ip", 30,
            Duration.ofMinutes(10));
    /** Proofs checked per recovery, right or wrong (each takes a slot first, so guesses cannot race). */
    static final int PROOF_CHECKS = 5;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Recoveries recoveries;
    private final RecoveryEvents events;

    public RecoveryService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.recoveries = new Recoveries(session);
        this.events = new RecoveryEvents(session, realm);
    }

    public RecoveryStarted start(RecoveryRequest request) {
        PasswordCheck.checkSizes(request.username(), request.password());
        if (!IbKeyProtocol.isKnownPlatform(request.platform())) {
            throw JsonResponses.invalid("platform must be android, ios or cli");
        }
        UserModel user = checkPassword(request);
        IbKeyCredentialModel key = IbKeyDevices.provider(session).active(user).orElseThrow(() -> {
            events.refused(user, "nothing_to_recover");
            return new ApiException(IbKeyErrorCode.NOTHING_TO_RECOVER, "This account has no IB Key to recover;"
                    + " activate IB Key instead.");
        });
        String id = Recoveries.newId();
        long expiresAt = Recoveries.newExpiry();
        Optional<RecoveryDevices.Offered> device = RecoveryDevices.offer(session, realm, user);
        if (device.isPresent()) {
            RecoveryDevices.Offered offered = device.get();
            recoveries.save(new Recovery(id, realm.getId(), user.getId(), key.getId(), expiresAt, "device", false,
                    Optional.empty(), Optional.of(offered.device().credentialType()),
                    Optional.of(offered.challenge().state())));
            events.started(user, "device");
            return new RecoveryStarted(id, user.getUsername(), "device", null, offered.device().credentialType(),
                    offered.challenge().shown(), false, expiresAt);
        }
        RecordedNumber number = new RecordedNumber(session, realm, user, key);
        String e164 = number.stillVerified().orElseThrow(() -> {
            events.refused(user, "no_recovery_proof");
            return new ApiException(IbKeyErrorCode.NO_RECOVERY_PROOF, "No self-service recovery is possible for this"
                    + " account: the number used at activation is no longer one of your verified numbers and no"
                    + " other security device is active. " + ClientServices.TEMPORARY_ACCESS);
        });
        if (key.hasPin() && RecoveryPinGuard.blocked(user, key.getId())) {
            events.refused(user, "recovery_pin_blocked");
            throw pinBlocked();
        }
        Recovery recovery = new Recovery(id, realm.getId(), user.getId(), key.getId(), expiresAt, "sms", key.hasPin(),
                Optional.of(number.send(e164)), Optional.empty(), Optional.empty());
        recoveries.save(recovery);
        events.started(user, "sms");
        return new RecoveryStarted(id, user.getUsername(), "sms", RecordedNumber.masked(e164), null, null,
                key.hasPin(), expiresAt);
    }

    public ActivationCodeGrant prove(String recoveryId, RecoveryProof proof) {
        Recovery recovery = recoveries.find(realm.getId(), recoveryId).orElseThrow(RecoveryService::expired);
        UserModel user = session.users().getUserById(realm, recovery.userId());
        IbKeyCredentialModel key = user == null || !user.isEnabled() ? null
                : IbKeyDevices.provider(session).active(user).filter(k -> k.getId().equals(recovery.credentialId()))
                .orElse(null);
        if (key == null) {
            recoveries.finish(recoveryId);
            throw expired();
        }
        if (new RateLimits(session).tryUse(new RateLimits.Limit("ibkey-recovery-proof", PROOF_CHECKS,
                Duration.ofSeconds(Recoveries.LIFETIME_SECONDS)), recoveryId).isPresent()) {
            recoveries.finish(recoveryId);
            throw new ApiException(IbKeyErrorCode.RECOVERY_EXPIRED, "Too many wrong answers; start the recovery again.");
        }
        String how = "device".equals(recovery.proof()) ? checkDevice(recovery, user, proof)
                : checkSms(recovery, user, key, proof);
        if (!recoveries.finish(recoveryId) || Lockout.isBruteForceLocked(session, realm, user)) {
            throw expired();
        }
        IssuedActivation issued = new ActivationCodes(session).issue(realm, user, Recoveries.LIFETIME_SECONDS,
                ActivationOrigin.recovery(how, recovery.code().map(PendingCode::e164).orElse(null)));
        events.proved(user, how);
        return new ActivationCodeGrant(issued.code().display(), issued.expiresAt());
    }

    /** The SMS token, then (only with a right token, so the PIN cannot be guessed without the phone) the PIN. */
    private String checkSms(Recovery recovery, UserModel user, IbKeyCredentialModel key, RecoveryProof proof) {
        PendingCode code = recovery.code().filter(c -> !c.expired(Time.currentTime())).orElseThrow(() -> new ApiException(
                IbKeyErrorCode.SMS_CODE_EXPIRED, "The activation token has expired; start the recovery again."));
        String digits = proof.smsCode() == null ? "" : proof.smsCode().replaceAll("[\\s-]", "");
        if (!code.code().equals(digits)) {
            Lockout.recordFailure(session, realm, user);
            events.refused(user, "sms_code_invalid");
            throw new ApiException(IbKeyErrorCode.SMS_CODE_INVALID, "The activation token is not the one we sent.");
        }
        if (!recovery.pinRequired()) {
            return "sms";
        }
        if (RecoveryPinGuard.blocked(user, key.getId())) {
            throw pinBlocked();
        }
        if (!key.recoveryPinMatches(realm.getName(), recovery.id(), proof.pinProof())) {
            int failures = RecoveryPinGuard.recordFailure(session, realm, user, key.getId());
            events.refused(user, "recovery_pin_invalid");
            if (failures >= RecoveryPinGuard.MAX_FAILURES) {
                throw pinBlocked();
            }
            throw new ApiException(IbKeyErrorCode.RECOVERY_PIN_INVALID, "The IB Key PIN is wrong ("
                    + (RecoveryPinGuard.MAX_FAILURES - failures) + " tries left before recovery by PIN is blocked).");
        }
        RecoveryPinGuard.reset(user);
        return "sms+pin";
    }

    private String checkDevice(Recovery recovery, UserModel user, RecoveryProof proof) {
        String type = recovery.deviceType().orElseThrow(RecoveryService::expired);
        RecoveryDevice device = RecoveryDevices.ofType(session, type).orElseThrow(RecoveryService::expired);
        String typed = proof.deviceResponse() == null ? "" : proof.deviceResponse().replaceAll("[\\s-]", "");
        if (typed.isEmpty() || typed.length() > 64 || !device.verify(session, realm, user,
                new RecoveryChallenge("-", recovery.challenge().orElse("")), typed)) {
            Lockout.recordFailure(session, realm, user);
            events.refused(user, "device_response_invalid");
            throw new ApiException(IbKeyErrorCode.DEVICE_RESPONSE_INVALID,
                    "The response is not the one your security device gives for this challenge.");
        }
        return type;
    }

    private UserModel checkPassword(RecoveryRequest request) {
        return new PasswordCheck(session, realm).verifyOrRefuse(request.username(), request.password(),
                PASSWORDS_PER_IP, events::passwordRefused);
    }

    private static ApiException pinBlocked() {
        return new ApiException(IbKeyErrorCode.RECOVERY_PIN_BLOCKED, "Recovery with the IB Key PIN is blocked after "
                + RecoveryPinGuard.MAX_FAILURES + " wrong PINs. " + ClientServices.TEMPORARY_ACCESS);
    }

    private static ApiException expired() {
        return new ApiException(IbKeyErrorCode.RECOVERY_EXPIRED, "This recovery is unknown or over; start again.");
    }
}
