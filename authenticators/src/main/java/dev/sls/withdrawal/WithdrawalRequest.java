package dev.sls.withdrawal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.representations.AuthorizationDetailsJSONRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * A withdrawal a relying application asks the person to confirm, the one way the pack reads it: an entry of type
 * {@value #TYPE} in the Rich Authorization Request parameter {@code authorization_details} (RFC 9396),
 *
 * <pre>{@code [{"type":"sls_withdrawal","amount":"250000.00","currency":"USD","payee":"ACME Brokerage 1234"}]}</pre>
 *
 * {@code amount} a decimal string (never a JSON number, which parsers read as floating point), {@code currency} its
 * ISO 4217 code, {@code payee} optional (at most {@value #MAX_PAYEE} characters, one line). Keycloak checks the entry
 * through {@link WithdrawalDetailsProcessor} at the authorization endpoint, so a bad one never starts a login.
 */
public record WithdrawalRequest(Money amount, Optional<String> payee) {

    public static final String TYPE = "sls_withdrawal";
    /** The auth-session client note where Keycloak 26.7 keeps the request's {@code authorization_details}. */
    public static final String NOTE = "authorization_details";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String PAYEE = "payee";
    public static final int MAX_PAYEE = 70;
    private static final Set<String> FIELDS = Set.of(AMOUNT, CURRENCY, PAYEE);

    /**
     * The {@value #TYPE} entry of an {@code authorization_details} value, if it has one; refuses (with the reason) a
     * value that is not a JSON array of objects and more than one withdrawal in one request.
     */
    public static Optional<WithdrawalRequest> fromParameter(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        List<AuthorizationDetailsJSONRepresentation> details;
        try {
            details = JsonSerialization.readValue(json, new TypeReference<>() { });
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("authorization_details is not a JSON array of objects");
        }
        List<AuthorizationDetailsJSONRepresentation> ours = details == null ? List.of()
                : details.stream().filter(d -> d != null && TYPE.equals(d.getType())).toList();
        if (ours.size() > 1) {
            throw new IllegalArgumentException("one " + TYPE + " entry per request");
        }
        return ours.stream().findFirst().map(WithdrawalRequest::fromDetail);
    }

    /** Reads one {@value #TYPE} entry; refuses, naming the field, anything not as documented. */
    public static WithdrawalRequest fromDetail(AuthorizationDetailsJSONRepresentation detail) {
        Map<String, Object> fields = detail.getCustomData();
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(TYPE + " has no field " + printable(name));
            }
        }
        if (!(fields.get(AMOUNT) instanceof String amount)) {
            throw new IllegalArgumentException(TYPE + ".amount must be a string such as \"1500.00\"");
        }
        if (!(fields.get(CURRENCY) instanceof String currency)) {
            throw new IllegalArgumentException(TYPE + ".currency must be a string such as \"USD\"");
        }
        Money money;
        try {
            money = Money.parse(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TYPE + ": " + e.getMessage());
        }
        if (!money.isPositive()) {
            throw new IllegalArgumentException(TYPE + ".amount must be more than zero");
        }
        Object payee = fields.get(PAYEE);
        if (payee != null && !(payee instanceof String text && validPayee(text))) {
            throw new IllegalArgumentException(TYPE + ".payee must be one line of at most " + MAX_PAYEE
                    + " characters");
        }
        return new WithdrawalRequest(money, Optional.ofNullable((String) payee));
    }

    private static boolean validPayee(String text) {
        return !text.isBlank() && text.length() <= MAX_PAYEE && text.strip().equals(text)
                && text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    private static String printable(String name) {
        String clean = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return clean.length() <= 32 ? clean : clean.substring(0, 32);
    }
}
