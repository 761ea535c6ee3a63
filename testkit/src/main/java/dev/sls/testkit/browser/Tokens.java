package dev.sls.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Tokens from the token endpoint. The claim accessors decode the JWT payload <b>without verifying
 * the signature</b>; they are for asserting on what Keycloak issued, not for trusting it.
 *
 * @param accessToken  the access token (JWT)
 * @param idToken      the ID token (JWT), or null if the scope had no {@code openid}
 * @param refreshToken the refresh token, or null
 * @param response     the whole token endpoint response
 */
public record Tokens(String accessToken, String idToken, String refreshToken, JsonNode response) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Tokens fromResponse(JsonNode response) {
        return new Tokens(text(response, "access_token"), text(response, "id_token"),
                text(response, "refresh_token"), response);
    }

    /** Payload of the access token (unverified). */
    public JsonNode accessClaims() {
        return decodePayload(accessToken);
    }

    /** Payload of the ID token (unverified). */
    public JsonNode idClaims() {
        if (idToken == null) {
            throw new IllegalStateException("No id_token in the token response: " + response);
        }
        return decodePayload(idToken);
    }

    /** Decodes the middle part of a compact JWS. Does not verify the signature. */
    public static JsonNode decodePayload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot decode JWT payload: " + jwt, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
