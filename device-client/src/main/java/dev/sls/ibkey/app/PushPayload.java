package dev.sls.ibkey.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.protocol.api.ChallengeContext;

/**
 * Reads the request a push notification carries, in any of the server's shapes: the webhook body, the APNs payload
 * (field {@code request} an object), or FCM's message or its {@code data} map (field {@code request} a JSON string).
 */
final class PushPayload {

    static final String TYPE = "sls-ibkey-challenge";
    private static final String REQUEST = "request";

    private PushPayload() {
    }

    /**
     * @throws IllegalArgumentException when {@code json} is no IB Key notification, or one without the request (a
     *                                  server that predates it: read the request by its challenge id instead)
     */
    static ChallengeContext read(String json) {
        JsonNode root;
        try {
            root = json == null ? null : Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the notification is not JSON");
        }
        JsonNode fields = root == null ? null : root.has("message") ? root.path("message").path("data") : root;
        if (fields == null || !TYPE.equals(fields.path("type").asText())) {
            throw new IllegalArgumentException("not an IB Key notification (type " + TYPE + ")");
        }
        JsonNode request = fields.path(REQUEST);
        try {
            if (request.isTextual()) {
                request = Json.MAPPER.readTree(request.asText());
            }
            if (request == null || !request.isObject()) {
                throw new IllegalArgumentException("the notification does not carry the request; read challenge "
                        + fields.path("challengeId").asText() + " instead");
            }
            ChallengeContext shown = Json.MAPPER.treeToValue(request, ChallengeContext.class);
            if (shown.challengeId() == null || !shown.challengeId().equals(fields.path("challengeId").asText())
                    || shown.realm() == null || !shown.realm().equals(fields.path("realm").asText())) {
                throw new IllegalArgumentException("the notification's request is not the challenge it names");
            }
            return shown;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the notification's request is not readable");
        }
    }
}
