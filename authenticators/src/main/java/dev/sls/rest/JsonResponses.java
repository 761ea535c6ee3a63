package dev.sls.rest;

import dev.sls.core.api.ApiError;
import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.api.ErrorCode;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.util.JsonSerialization;

/** The one way SLS REST resources answer: JSON, never cached, every refusal an {@link ApiError}. */
public final class JsonResponses {

    /** Bodies larger than this are refused unread. */
    public static final int MAX_BODY_LENGTH = 16_384;
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private JsonResponses() {
    }

    public static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(NO_STORE).entity(body).build();
    }

    public static Response error(ErrorCode code, String message) {
        return json(code.status(), new ApiError(code.code(), message));
    }

    /** Runs a call, turning refusals into their 4xx answers; the transaction is rolled back on refusal. */
    public static Response handle(KeycloakSession session, Supplier<Response> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            session.getTransactionManager().setRollbackOnly();
            return error(e.code(), e.getMessage());
        }
    }

    /**
     * The one way a JSON endpoint takes its body: form and multipart bodies get the pack's 415 before anything reads
     * them (endpoints declare {@code @Consumes(WILDCARD)} and an {@link InputStream} body, so no reader of the
     * framework parses a form first); the rest is read as {@code type} (at most {@link #MAX_BODY_LENGTH} characters)
     * and handed to {@code call} as {@link #handle} does. A broken multipart body never gets here: Keycloak's REST layer
     * parses multipart for every endpoint before matching and answers 500 itself, which no {@code @Consumes} can
     * prevent; the device API documents that answer as Keycloak's own.
     */
    public static <T> Response handleJson(KeycloakSession session, InputStream body, Class<T> type,
                                          Function<T, Response> call) {
        MediaType sent = session.getContext().getRequestHeaders().getMediaType();
        if (sent != null && (sent.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || sent.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return jsonOnly();
        }
        return handle(session, () -> call.apply(read(text(body), type)));
    }

    private static String text(InputStream body) {
        if (body == null) {
            return null;
        }
        try {
            // Up to four bytes a character: a body over the limit in characters is over it in bytes too.
            byte[] bytes = body.readNBytes(4 * MAX_BODY_LENGTH + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw invalid("the body could not be read");
        }
    }

    /** The body as {@code type}; empty, over-long or malformed bodies are refused with {@code invalid_request}. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY_LENGTH) {
            throw invalid("a JSON body of at most 16 KiB is required");
        }
        T value;
        try {
            value = JsonSerialization.readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw invalid("the body is not valid JSON for this call");
        }
        if (value == null) {
            throw invalid("a JSON object is required");
        }
        return value;
    }

    /** 415 for a form or multipart body sent to an endpoint that takes JSON. */
    static Response jsonOnly() {
        return error(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
    }

    public static ApiException invalid(String message) {
        return new ApiException(CommonErrorCode.INVALID_REQUEST, message);
    }
}
