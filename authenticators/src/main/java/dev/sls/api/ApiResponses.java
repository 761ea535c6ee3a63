package dev.sls.api;

import dev.sls.ibkey.DeviceApiException;
import dev.sls.protocol.ibkey.api.ApiError;
import dev.sls.protocol.ibkey.api.ApiErrorCode;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.keycloak.util.JsonSerialization;

/** One way to answer the device API: JSON, never cached, every refusal an {@link ApiError}. */
final class ApiResponses {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private ApiResponses() {
    }

    static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(NO_STORE).entity(body).build();
    }

    static Response error(ApiErrorCode code, String message) {
        return json(code.status(), new ApiError(code.code(), message));
    }

    /** Runs a call, turning refusals into their 4xx answers; the transaction is rolled back on refusal. */
    static Response handle(org.keycloak.models.KeycloakSession session, Supplier<Response> call) {
        try {
            return call.get();
        } catch (DeviceApiException e) {
            session.getTransactionManager().setRollbackOnly();
            return error(e.code(), e.getMessage());
        }
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank() || body.length() > 16_384) {
            throw new DeviceApiException(ApiErrorCode.INVALID_REQUEST, "a JSON body of at most 16 KiB is required");
        }
        T value;
        try {
            value = JsonSerialization.readValue(body, type);
        } catch (java.io.IOException | RuntimeException e) {
            throw new DeviceApiException(ApiErrorCode.INVALID_REQUEST, "the body is not valid JSON for this call");
        }
        if (value == null) {
            throw new DeviceApiException(ApiErrorCode.INVALID_REQUEST, "a JSON object is required");
        }
        return value;
    }
}
