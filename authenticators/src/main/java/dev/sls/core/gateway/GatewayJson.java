package dev.sls.core.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON to and from gateways. Jackson's readers and writers are immutable, so sharing them is safe. */
public final class GatewayJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectReader READER = MAPPER.reader();
    private static final int MAX_REASON_LENGTH = 80;

    private GatewayJson() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A value (a record, a map) as a JSON tree, to embed in a gateway payload. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static byte[] bytes(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** Parses JSON; the exception's own message may quote the input, so callers must not pass it on. */
    public static JsonNode parse(String json) throws JsonProcessingException {
        return READER.readTree(json);
    }

    /** Parses a gateway answer; an empty or non-JSON body gives an empty object. */
    public static JsonNode parseLenient(String json) {
        if (json == null || json.isBlank()) {
            return object();
        }
        try {
            JsonNode node = READER.readTree(json);
            return node == null ? object() : node;
        } catch (JsonProcessingException e) {
            return object();
        }
    }

    /** A gateway's error code cut to a short, log-safe token (letters, digits, "_.-:"), or null. */
    public static String reason(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String text = node.asText().replaceAll("[^A-Za-z0-9_.:-]", "");
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_REASON_LENGTH ? text.substring(0, MAX_REASON_LENGTH) : text;
    }
}
