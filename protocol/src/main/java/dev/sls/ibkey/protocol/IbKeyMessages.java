package dev.sls.ibkey.protocol;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import java.time.Instant;

/**
 * The canonical messages an IB Key phone signs, built the same way by the phone and by the server so the two can
 * never drift. Unused fields are "-".
 */
public final class IbKeyMessages {

    public static final String ACTIVATE = "activate";
    public static final String LIST_CHALLENGES = "list-challenges";
    public static final String READ_CHALLENGE = "read-challenge";
    public static final String DECIDE = "decide";
    public static final String FETCH_PASSWORD = "fetch-password";
    private static final String NONE = "-";

    private IbKeyMessages() {
    }

    /** Proof that the phone holds the key it registers, bound to the activation code and (if any) PIN hash. */
    public static DeviceMessage activation(String realm, String canonicalCode, String publicKey, String deviceId,
                                           String pinHash, String nonce, Instant time) {
        return activation(realm, canonicalCode, publicKey, deviceId, pinHash, null, nonce, time);
    }

    /** As above, also binding the encryption key the app registers (if any): nobody can swap it on the way. */
    public static DeviceMessage activation(String realm, String canonicalCode, String publicKey, String deviceId,
                                           String pinHash, String encryptionKey, String nonce, Instant time) {
        DeviceMessage.Builder builder = base(ACTIVATE, realm, NONE, canonicalCode, nonce, ACTIVATE, time)
                .extra("public-key", publicKey)
                .extra("device-id", deviceId);
        if (pinHash != null) {
            builder.extra("pin-hash", pinHash);
        }
        if (encryptionKey != null) {
            builder.extra("encryption-key", encryptionKey);
        }
        return builder.build();
    }

    /** Signed body of {@code POST .../devices/{deviceHandle}/password-delivery}: take the sealed password, once. */
    public static DeviceMessage fetchPassword(String realm, String deviceHandle, String nonce, Instant time) {
        return base(FETCH_PASSWORD, realm, deviceHandle, NONE, nonce, NONE, time).build();
    }

    /** Signed headers of {@code GET .../challenges}. */
    public static DeviceMessage listChallenges(String realm, String deviceHandle, String nonce, Instant time) {
        return base(LIST_CHALLENGES, realm, deviceHandle, NONE, nonce, NONE, time).build();
    }

    /** Signed headers of {@code GET .../challenges/{challengeId}}. */
    public static DeviceMessage readChallenge(String realm, String deviceHandle, String challengeId, String nonce,
                                              Instant time) {
        return base(READ_CHALLENGE, realm, deviceHandle, challengeId, nonce, NONE, time).build();
    }

    /** {@link #decision(String, String, String, String, Integer, String, String, String, String, Instant)} without a payee. */
    public static DeviceMessage decision(String realm, String deviceHandle, String challengeId, String decision,
                                         Integer number, String code, String amount, String nonce, Instant time) {
        return decision(realm, deviceHandle, challengeId, decision, number, code, amount, null, nonce, time);
    }

    /**
     * An approve or deny. The picked number, the typed code and the amount and payee the phone displayed are bound
     * into the signature, so a decision cannot be replayed onto another challenge, another code, a different amount
     * or another payee.
     */
    public static DeviceMessage decision(String realm, String deviceHandle, String challengeId, String decision,
                                         Integer number, String code, String amount, String payee, String nonce,
                                         Instant time) {
        DeviceMessage.Builder builder = base(DECIDE, realm, deviceHandle, challengeId, nonce, decision, time);
        if (number != null) {
            builder.extra("number", Integer.toString(number));
        }
        if (code != null) {
            builder.extra("code", code);
        }
        if (amount != null) {
            builder.extra("amount", amount);
        }
        if (payee != null) {
            builder.extra("payee", payee);
        }
        return builder.build();
    }

    /** The message {@code request} says it signed. */
    public static DeviceMessage decision(String realm, String deviceHandle, String challengeId,
                                         DecisionRequest request, Instant time) {
        return decision(realm, deviceHandle, challengeId, request.decision(), request.number(), request.code(),
                request.amount(), request.payee(), request.nonce(), time);
    }

    private static DeviceMessage.Builder base(String action, String realm, String deviceHandle, String challengeId,
                                              String nonce, String decision, Instant time) {
        return DeviceMessage.builder().action(action).realm(realm).deviceHandle(deviceHandle)
                .challengeId(challengeId).nonce(nonce).decision(decision).time(time);
    }
}
