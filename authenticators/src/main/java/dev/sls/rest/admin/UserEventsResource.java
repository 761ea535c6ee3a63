package dev.sls.rest.admin;

import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.admin.dto.SlsEventList;
import dev.sls.rest.admin.dto.SlsEventView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code GET /admin/realms/{realm}/sls/events/users/{user}?max=}: the person's recent Keycloak user events the pack
 * took part in (a device login or set-up, an SLS step's error, an unsigned device request), for the helpdesk, which
 * lacks Keycloak's {@code view-events}. Only the SLS details are shown ({@code credential_type},
 * {@code custom_required_action} of an SLS action, {@code sls_*}); none of them carries a secret.
 */
public final class UserEventsResource {

    static final String RESOURCE = "SLS_USER_EVENTS";
    static final int DEFAULT_LISTED = 20;
    static final int MAX_LISTED = 100;
    /** How many of the person's newest events are looked through for SLS ones. */
    private static final int SCANNED = 500;
    private static final String SLS_TYPE = "sls-";
    private static final String SLS_DETAIL = "sls_";

    private final SlsAdminContext context;

    UserEventsResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = SlsEventList.class)
    public Response events(@PathParam("user") String idOrUsername, @QueryParam("max") Integer max) {
        String path = "events/users/" + SlsAdminContext.pathPart(idOrUsername);
        return context.audited(RESOURCE, OperationType.ACTION, path, () -> {
            int size = max == null ? DEFAULT_LISTED : max;
            if (size < 1 || size > MAX_LISTED) {
                throw JsonResponses.invalid("max is 1-" + MAX_LISTED);
            }
            UserModel user = context.targetUser(idOrUsername);
            EventStoreProvider store = context.session().getProvider(EventStoreProvider.class);
            List<SlsEventView> events = store == null ? List.of() : store.createQuery().realm(context.realm().getId())
                    .user(user.getId()).orderByDescTime().maxResults(SCANNED).getResultStream()
                    .map(UserEventsResource::view).filter(e -> e != null).limit(size).toList();
            SlsEventList list = new SlsEventList(user.getId(), user.getUsername(), context.realm().isEventsEnabled(),
                    events);
            return new AuditedAnswer(JsonResponses.json(200, list), Map.of("events", events.size()));
        });
    }

    /** The event with its SLS details, or null when the pack took no part in it. */
    static SlsEventView view(Event event) {
        Map<String, String> details = new TreeMap<>();
        if (event.getDetails() != null) {
            event.getDetails().forEach((name, value) -> {
                if (name.startsWith(SLS_DETAIL)
                        || (Details.CREDENTIAL_TYPE.equals(name) && value != null && value.startsWith(SLS_TYPE))
                        || (Details.CUSTOM_REQUIRED_ACTION.equals(name) && value != null && value.startsWith(SLS_TYPE))) {
                    details.put(name, value);
                }
            });
        }
        boolean slsError = event.getError() != null && event.getError().startsWith(SLS_DETAIL);
        if (details.isEmpty() && !slsError) {
            return null;
        }
        return new SlsEventView(Instant.ofEpochMilli(event.getTime()).toString(), event.getType().name(),
                event.getClientId(), event.getIpAddress(), event.getError(), details);
    }
}
