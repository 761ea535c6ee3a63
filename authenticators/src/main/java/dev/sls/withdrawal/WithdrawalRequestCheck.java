package dev.sls.withdrawal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.util.JsonSerialization;

/**
 * Compares the {@code authorization_details} a relying party sent with what Keycloak kept of it. Keycloak silently
 * drops an additional request parameter longer than its limit (2,000 characters by default) or beyond its count (5),
 * so a withdrawal request padded with spaces, with 50 entries or with one long field would otherwise reach the login
 * as no request at all. A request that asked for a withdrawal must never become one that did not: anything sent that
 * was not kept exactly, or kept in a shape the pack cannot read, is a reason to refuse the request.
 */
public final class WithdrawalRequestCheck {

    /** The parameter of RFC 9396, in the query, the form, a request object or a pushed request. */
    public static final String PARAMETER = WithdrawalRequest.NOTE;

    private WithdrawalRequestCheck() {
    }

    /**
     * Why the request must be refused, if it must.
     *
     * @param sent          every value the request carried (raw parameters, and a request object's claim), may be empty
     * @param requestObject the claim of a request object, if one was sent with it (a JSON array or a string)
     * @param kept          what Keycloak kept for the login and the token endpoint, {@code null} if nothing
     */
    public static Optional<String> refusal(List<String> sent, Optional<JsonNode> requestObject, String kept) {
        List<String> all = new ArrayList<>(sent == null ? List.of() : sent);
        requestObject.ifPresent(claim -> all.add(claim.isValueNode() ? claim.asText() : claim.toString()));
        if (sent != null && sent.size() > 1) {
            return Optional.of(PARAMETER + " was sent more than once");
        }
        if (!all.isEmpty() && kept == null) {
            return Optional.of(PARAMETER + " was sent but not kept by the server (longer than its parameter limit, or"
                    + " beyond its number of parameters); send it shorter or with fewer parameters");
        }
        for (String value : all) {
            if (!value.equals(kept)) {
                return Optional.of(PARAMETER + " was sent with values that differ from what the server kept");
            }
        }
        if (kept == null) {
            return Optional.empty();
        }
        try {
            if (WithdrawalRequest.fromParameter(kept).isEmpty() && mentionsWithdrawal(kept)) {
                return Optional.of(PARAMETER + " mentions " + WithdrawalRequest.TYPE + " in a shape not read as one"
                        + " (an entry {\"type\":\"" + WithdrawalRequest.TYPE + "\",...} is)");
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether the type's name appears as any key or string of the JSON (escapes decoded, any case). */
    static boolean mentionsWithdrawal(String json) {
        try {
            return mentions(JsonSerialization.mapper.readTree(json));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean mentions(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return named(node.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (named(field.getKey()) || mentions(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node) {
            if (node.isArray() && mentions(element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains("slswithdrawal");
    }
}
