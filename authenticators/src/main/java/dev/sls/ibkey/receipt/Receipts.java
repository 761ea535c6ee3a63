package dev.sls.ibkey.receipt;

import dev.sls.core.config.IntSetting;
import dev.sls.core.signing.DeviceMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Keeps what an IB Key phone signed as a receipt: every decision the server accepted (login approve or deny, a
 * withdrawal confirmation, a CIBA decision) is recorded once, with the canonical message, the signature and the
 * phone's public key, for the realm's retention ({@link #RETENTION_DAYS}). The caller records in the transaction of
 * the decision, after the decision was accepted (a refused decision leaves no receipt).
 */
public final class Receipts {

    /** A login the phone approved or denied. */
    public static final String KIND_LOGIN = "login";
    /** A login that asked the phone to confirm a withdrawal (amount, payee). */
    public static final String KIND_WITHDRAWAL = "withdrawal";
    /** A CIBA (back-channel) request decided on the phone. */
    public static final String KIND_CIBA = "ciba";
    /** The outcome of a deny with the reason {@code not_me}. */
    public static final String OUTCOME_NOT_ME = "denied-not-me";

    /** Realm attribute: how long receipts are kept. */
    public static final IntSetting RETENTION_DAYS = new IntSetting("sls.receipt.retention-days",
            "Receipt retention (days)", "How long the signed receipt of each phone decision is kept", 1, 3650, 400);

    private static final int MAX_CONTEXT = 255;

    private Receipts() {
    }

    /**
     * What one accepted decision leaves behind.
     *
     * @param kind         {@link #KIND_LOGIN}, {@link #KIND_WITHDRAWAL} or {@link #KIND_CIBA}
     * @param outcome      what the server made of it: {@code approved}, {@code denied}, {@link #OUTCOME_NOT_ME},
     *                     {@code number-mismatch}, {@code code-mismatch} (at most 32 characters)
     * @param credentialId the IB Key credential that signed
     * @param publicKey    that phone's public key as activation registered it (X.509, Base64)
     * @param message      the canonical message the phone signed, as the server rebuilt and verified it
     * @param signature    the phone's signature, as sent
     * @param clientId     the client of the login or request (not signed by the phone), or null
     * @param clientName   the client's name as the phone showed it, or null
     * @param ipAddress    the address of the login the phone decided on (not the phone's), or null
     * @param userAgent    the browser of that login, or null
     */
    public record Decision(String kind, String outcome, String credentialId, String publicKey, DeviceMessage message,
                           String signature, String clientId, String clientName, String ipAddress,
                           String userAgent) {
    }

    /** Keeps the receipt of {@code decision} and answers its id. */
    public static String record(KeycloakSession session, RealmModel realm, UserModel user, Decision decision) {
        long now = Time.currentTimeMillis();
        ReceiptEntity receipt = new ReceiptEntity();
        receipt.setId(KeycloakModelUtils.generateId());
        receipt.setRealmId(realm.getId());
        receipt.setUserId(user.getId());
        receipt.setRecordedAt(now);
        receipt.setExpiresAt(now + Duration.ofDays(retentionDays(realm)).toMillis());
        receipt.setKind(decision.kind());
        receipt.setOutcome(decision.outcome());
        receipt.setDeviceId(decision.credentialId());
        receipt.setClientId(bounded(decision.clientId()));
        receipt.setClientName(bounded(decision.clientName()));
        receipt.setIpAddress(decision.ipAddress() == null || decision.ipAddress().length() > 64 ? null
                : decision.ipAddress());
        receipt.setUserAgent(bounded(decision.userAgent()));
        receipt.setMessage(new String(decision.message().canonicalBytes(), StandardCharsets.UTF_8));
        receipt.setSignature(decision.signature());
        receipt.setPublicKey(decision.publicKey());
        new ReceiptStore(session).add(receipt);
        return receipt.getId();
    }

    public static int retentionDays(RealmModel realm) {
        return RETENTION_DAYS.read(realm.getAttributes());
    }

    private static String bounded(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_CONTEXT ? text : text.substring(0, MAX_CONTEXT);
    }
}
