package dev.sls.wait;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.rest.JsonResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.keycloak.models.KeycloakSession;

/**
 * {@code GET /realms/{realm}/sls/wait/{watchId}?timeout=25}: a long poll that answers as soon as the watched outcome
 * (push decision, phone activation) is known, or with {@code pending} at the timeout. The method returns a future,
 * so Keycloak closes the request's session and frees the worker thread while the browser waits. The watch id is a
 * secret only the waiting page knows.
 */
public final class WaitResource {

    public static final int DEFAULT_TIMEOUT_SECONDS = 25;
    public static final int MAX_TIMEOUT_SECONDS = 55;

    private final KeycloakSession session;

    WaitResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("{watchId}")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> await(@PathParam("watchId") String watchId,
                                           @QueryParam("timeout") String timeout) {
        if (!WatchIds.looksValid(watchId)) {
            return CompletableFuture.completedFuture(
                    JsonResponses.error(CommonErrorCode.NOT_FOUND, "No such watch."));
        }
        int seconds = parseTimeout(timeout);
        if (seconds == 0) {
            return CompletableFuture.completedFuture(answer(new Watches(session).state(watchId)));
        }
        CompletableFuture<WatchState> waiting = WaitRegistry.of(session).register(watchId, Duration.ofSeconds(seconds));
        WatchState now = new Watches(session).state(watchId);
        if (!now.isPending()) {
            waiting.complete(now);
        }
        return waiting.thenApply(WaitResource::answer);
    }

    /** Unknown and expired watches both answer {@code expired}: the answer tells nothing about ids never issued. */
    private static Response answer(WatchState state) {
        return JsonResponses.json(200, Map.of("state", state.wire()));
    }

    private static int parseTimeout(String timeout) {
        if (timeout == null) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        try {
            return Math.max(0, Math.min(MAX_TIMEOUT_SECONDS, Integer.parseInt(timeout)));
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }
}
