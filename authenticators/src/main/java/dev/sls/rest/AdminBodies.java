package dev.sls.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.sls.core.api.CommonErrorCode;
import java.util.stream.Collectors;

/**
 * Binds an admin call's JSON body to its record, strictly: an unknown field is {@code unknown_field}, a wrong type
 * (a number for a text, a text or a fraction for a whole number), malformed JSON, a field given twice, trailing content or a body over the limit is
 * {@code invalid_request}. Never a 5xx.
 */
final class AdminBodies {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private static final int MAX_NAME = 64;

    private AdminBodies() {
    }

    /** {@code body} as {@code type}; refused when empty (unless {@code empty} is given), over {@code limit} or bad. */
    static <T> T read(String body, int limit, Class<T> type, T empty) {
        if (body == null || body.isBlank()) {
            if (empty != null) {
                return empty;
            }
            throw invalid("a JSON body is required");
        }
        if (body.length() > limit) {
            throw invalid("the body is over " + (limit / 1024) + " KiB");
        }
        T value;
        try {
            value = STRICT.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(SlsAdminErrorCode.UNKNOWN_FIELD, "unknown field '" + clean(e.getPropertyName())
                    + "'; this call takes " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            String field = fieldOf(e);
            throw invalid(field.isEmpty() ? "the body is not a JSON object of this call"
                    : "field '" + field + "' has the wrong type");
        } catch (JacksonException | RuntimeException e) {
            throw invalid("the body is not valid JSON");
        }
        if (value == null) {
            throw invalid("a JSON object is required");
        }
        return value;
    }

    private static ApiException invalid(String message) {
        return new ApiException(CommonErrorCode.INVALID_REQUEST, message);
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? clean(r.getFieldName())
                : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
    }

    /** A name from the request, safe to echo: letters, digits, '.', '_', '-', at most 64 characters. */
    private static String clean(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() <= MAX_NAME ? safe : safe.substring(0, MAX_NAME) + "…";
    }
}
