package dev.sls.withdrawal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.util.JsonSerialization;

/**
 * A withdrawal a device confirmed in this login: kept as a client note of the login (so Keycloak copies it into the
 * client session when the login ends), taken by the token endpoint's {@link WithdrawalDetailsProcessor} and put into
 * the tokens. Times are epoch seconds.
 *
 * @param device   the credential type of the device that confirmed it
 * @param recordId the withdrawal's record in {@code SLS_WITHDRAWAL}
 */
public record WithdrawalConfirmation(WithdrawalRequest request, String device, long confirmedAt, String recordId) {

    /** Client note of the authentication session, then of the client session. */
    public static final String NOTE = "sls.withdrawal.confirmed";
    /** Where the token endpoint leaves it for the protocol mapper, in the request's client-session context. */
    public static final String ATTRIBUTE = "sls.withdrawal.confirmed";

    public String toNote() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(WithdrawalRequest.AMOUNT, request.amount().plain());
        fields.put(WithdrawalRequest.CURRENCY, request.amount().code());
        request.payee().ifPresent(payee -> fields.put(WithdrawalRequest.PAYEE, payee));
        fields.put("device", device);
        fields.put("confirmed_at", confirmedAt);
        fields.put("id", recordId);
        try {
            return JsonSerialization.writeValueAsString(fields);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a withdrawal confirmation", e);
        }
    }

    /** Reads a note this class wrote; empty for anything else. */
    public static Optional<WithdrawalConfirmation> fromNote(String note) {
        if (note == null) {
            return Optional.empty();
        }
        try {
            Map<?, ?> fields = JsonSerialization.readValue(note, Map.class);
            Money amount = Money.parse((String) fields.get(WithdrawalRequest.AMOUNT),
                    (String) fields.get(WithdrawalRequest.CURRENCY));
            WithdrawalRequest request = new WithdrawalRequest(amount,
                    Optional.ofNullable((String) fields.get(WithdrawalRequest.PAYEE)));
            return Optional.of(new WithdrawalConfirmation(request, (String) fields.get("device"),
                    ((Number) fields.get("confirmed_at")).longValue(), (String) fields.get("id")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The claim and the token response's detail: what was asked, and by what and when it was confirmed. */
    public Map<String, Object> claim() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put(WithdrawalRequest.AMOUNT, request.amount().plain());
        claim.put(WithdrawalRequest.CURRENCY, request.amount().code());
        request.payee().ifPresent(payee -> claim.put(WithdrawalRequest.PAYEE, payee));
        claim.put("device", device);
        claim.put("confirmed_at", confirmedAt);
        return claim;
    }
}
