package dev.sls.ibkey.protocol;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * The canonical messages an IB Key phone signs, built the same way by the phone and by the server so the two can
 * never drift. Unused fields are "-".
 */
public final class IbKeyMessages {

    public static final String ACTIVATE = "activate";
    public static final String LIST_CHALLENGES = "list-challenges";
    public static final String READ_CHALLENGE = "read-challenge";
    public static final String DECIDE = "decide";
    public static final String UPDATE_PUSH_TOKEN = "update-push-token";
    public static final String REMOVE_USER = "remove-user";
    public static final String OFFER_TRANSFER = "offer-transfer";
    public static final String ACCEPT_TRANSFER = "accept-transfer";
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
        return decision(realm, deviceHandle, challengeId, decision, number, code, amount, payee, null, null, nonce,
                time);
    }

    /**
     * As above, with the CIBA {@code binding_message} the phone displayed and the reason of a deny
     * ({@link IbKeyProtocol#REASON_NOT_ME}) signed as the extra fields {@code binding} and {@code reason}: an approval
     * cannot be moved to a request showing another message, and without either the message is exactly what apps
     * signed before they existed.
     */
    public static DeviceMessage decision(String realm, String deviceHandle, String challengeId, String decision,
                                         Integer number, String code, String amount, String payee,
                                         String bindingMessage, String reason, String nonce, Instant time) {
        return decision(realm, deviceHandle, challengeId, decision, number, code, amount, payee, bindingMessage,
                reason, null, nonce, time);
    }

    /**
     * As above, also binding {@code shown}, the {@link #shown} digest of the whole request the phone displayed (extra
     * field {@code shown}): the one-request path, where the phone decides from the push or the listing without
     * reading the request again.
     */
    public static DeviceMessage decision(String realm, String deviceHandle, String challengeId, String decision,
                                         Integer number, String code, String amount, String payee,
                                         String bindingMessage, String reason, String shown, String nonce,
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
        if (bindingMessage != null) {
            builder.extra("binding", bindingMessage);
        }
        if (reason != null) {
            builder.extra("reason", reason);
        }
        if (shown != null) {
            builder.extra("shown", shown);
        }
        return builder.build();
    }

    /**
     * The digest of everything a phone shows of a request, SHA-256 (Base64url) over each field as
     * {@code <name>:<length>:<value>} ({@code -} for none), in this order: challengeId, realm, username, clientId,
     * clientName, ipAddress, createdAt, expiresAt, matchMode, numberChoices (comma separated, empty for none),
     * amount, payee, kind, bindingMessage. Computed by the phone from what it displayed and by the server from the request it keeps.
     */
    public static String shown(ChallengeContext c) {
        StringBuilder text = new StringBuilder();
        field(text, "challengeId", c.challengeId());
        field(text, "realm", c.realm());
        field(text, "username", c.username());
        field(text, "clientId", c.clientId());
        field(text, "clientName", c.clientName());
        field(text, "ipAddress", c.ipAddress());
        field(text, "createdAt", Long.toString(c.createdAt()));
        field(text, "expiresAt", Long.toString(c.expiresAt()));
        field(text, "matchMode", c.matchMode());
        field(text, "numberChoices", c.numberChoices() == null ? ""
                : String.join(",", c.numberChoices().stream().map(String::valueOf).toList()));
        field(text, "amount", c.amount());
        field(text, "payee", c.payee());
        field(text, "kind", c.kind());
        field(text, "bindingMessage", c.bindingMessage());
        return sha256(text.toString());
    }

    private static void field(StringBuilder text, String name, String value) {
        String shown = value == null ? NONE : value;
        text.append(name).append(':').append(shown.length()).append(':').append(shown).append('\n');
    }

    /** The message {@code request} says it signed. */
    public static DeviceMessage decision(String realm, String deviceHandle, String challengeId,
                                         DecisionRequest request, Instant time) {
        return decision(realm, deviceHandle, challengeId, request.decision(), request.number(), request.code(),
                request.amount(), request.payee(), request.bindingMessage(), request.reason(), request.shown(),
                request.nonce(), time);
    }

    /**
     * {@code POST .../push-token}: the phone's new push address. The token itself (up to 4096 characters) is bound by
     * its SHA-256 (Base64url), the provider as it is; a phone that stops push signs "-" for both.
     */
    public static DeviceMessage updatePushToken(String realm, String deviceHandle, String pushProvider,
                                                String pushToken, String nonce, Instant time) {
        return base(UPDATE_PUSH_TOKEN, realm, deviceHandle, NONE, nonce, NONE, time)
                .extra("push-provider", pushProvider == null ? NONE : pushProvider)
                .extra("push-token-sha256", pushToken == null ? NONE : sha256(pushToken))
                .build();
    }

    /** {@code POST .../removal}: "Remove user" in the app, for this one user. */
    public static DeviceMessage removeUser(String realm, String deviceHandle, String nonce, Instant time) {
        return base(REMOVE_USER, realm, deviceHandle, NONE, nonce, REMOVE_USER, time).build();
    }

    /** {@code POST .../transfer-offers}: the old phone offers its user to a new phone. */
    public static DeviceMessage offerTransfer(String realm, String deviceHandle, String nonce, Instant time) {
        return base(OFFER_TRANSFER, realm, deviceHandle, NONE, nonce, OFFER_TRANSFER, time).build();
    }

    /**
     * {@code POST /transfers}: the new phone proves it holds the key it registers, bound to the offer it scanned and
     * (if any) its PIN hash.
     */
    public static DeviceMessage acceptTransfer(String realm, String offer, String publicKey, String deviceId,
                                               String pinHash, String nonce, Instant time) {
        return acceptTransfer(realm, offer, publicKey, deviceId, pinHash, null, nonce, time);
    }

    /** As above, also binding the encryption key the new phone registers (if any), as {@link #activation} does. */
    public static DeviceMessage acceptTransfer(String realm, String offer, String publicKey, String deviceId,
                                               String pinHash, String encryptionKey, String nonce, Instant time) {
        DeviceMessage.Builder builder = base(ACCEPT_TRANSFER, realm, NONE, offer, nonce, ACCEPT_TRANSFER, time)
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

    static String sha256(String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    private static DeviceMessage.Builder base(String action, String realm, String deviceHandle, String challengeId,
                                              String nonce, String decision, Instant time) {
        return DeviceMessage.builder().action(action).realm(realm).deviceHandle(deviceHandle)
                .challengeId(challengeId).nonce(nonce).decision(decision).time(time);
    }
}
