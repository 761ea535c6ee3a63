package dev.sls.rest.admin;

import dev.sls.rest.JsonResponses;
import dev.sls.rest.SlsAdminCall;
import dev.sls.rest.SlsAdminContext;
import dev.sls.rest.SlsAdminContext.AuditedAnswer;
import dev.sls.rest.SlsAdminEndpoint;
import dev.sls.rest.admin.dto.DeviceState;
import dev.sls.rest.admin.dto.HelpdeskUser;
import dev.sls.rest.admin.dto.HelpdeskUserPage;
import dev.sls.rest.admin.dto.OptOutState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.UserModel;

/**
 * {@code GET /admin/realms/{realm}/sls/users?search=&first=&max=}: the helpdesk's user search. A helpdesk user holds
 * no {@code view-users} and so cannot use Keycloak's own user list; this one searches the realm's users the same way
 * (username, email, first and last name; a prefix, {@code *} for any characters, {@code "..."} for an exact match)
 * and answers only what the helpdesk needs to act on a person. Service accounts are left out. The
 * {@link HelpdeskPersonRule}s add to it without this class knowing them: people found by phone number (listed first,
 * on the first page) with the number masked, and each person's opt-out state.
 */
public final class UserSearchResource {

    static final String RESOURCE = "SLS_USER";
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 50;
    static final int MAX_SEARCH = 100;
    static final String SLS_PREFIX = "sls-";

    private final SlsAdminContext context;

    UserSearchResource(SlsAdminContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SlsAdminCall(response = HelpdeskUserPage.class)
    public Response search(@QueryParam("search") String search, @QueryParam("first") Integer first,
                           @QueryParam("max") Integer max) {
        return context.audited(RESOURCE, OperationType.ACTION, "users", () -> {
            int from = first == null ? 0 : first;
            int size = max == null ? DEFAULT_PAGE : max;
            if (search == null || search.isBlank() || search.length() > MAX_SEARCH || from < 0 || size < 1
                    || size > MAX_PAGE) {
                throw JsonResponses.invalid("search (1-" + MAX_SEARCH + " characters) is required; first >= 0, max 1-"
                        + MAX_PAGE);
            }
            List<HelpdeskPersonRule> rules = context.session().getAllProviders(HelpdeskPersonRule.class).stream()
                    .toList();
            Map<String, HelpdeskUser> found = new LinkedHashMap<>();
            if (from == 0) {
                rules.stream().flatMap(rule -> rule.find(context.session(), context.realm(), search.trim(), size)
                                .stream())
                        .filter(match -> match.user().getServiceAccountClientLink() == null)
                        .forEach(match -> found.putIfAbsent(match.user().getId(), view(match.user(), match.shown(),
                                rules)));
            }
            Map<String, String> query = Map.of(UserModel.SEARCH, search.trim(),
                    UserModel.INCLUDE_SERVICE_ACCOUNT, Boolean.FALSE.toString());
            context.session().users().searchForUserStream(context.realm(), query, from, size)
                    .forEach(user -> found.putIfAbsent(user.getId(), view(user, null, rules)));
            List<HelpdeskUser> users = found.values().stream().limit(size).toList();
            return new AuditedAnswer(JsonResponses.json(200, new HelpdeskUserPage(from, size, users)),
                    Map.of("found", users.size()));
        });
    }

    private HelpdeskUser view(UserModel user, String matchedPhone, List<HelpdeskPersonRule> rules) {
        String phone = matchedPhone != null ? matchedPhone : first(rules,
                rule -> rule.maskedPhone(context.session(), context.realm(), user));
        OptOutState optOut = first(rules, rule -> rule.optOut(context.session(), context.realm(), user));
        return new HelpdeskUser(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                user.getEmail(), user.isEnabled(), devices(user),
                user.getRequiredActionsStream().filter(a -> a.startsWith(SLS_PREFIX)).sorted().toList(), phone, optOut);
    }

    private static <T> T first(List<HelpdeskPersonRule> rules, Function<HelpdeskPersonRule, Optional<T>> answer) {
        return rules.stream().map(answer).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** What the areas say of their devices, then every other SLS credential type as {@code active}. */
    private List<DeviceState> devices(UserModel user) {
        List<DeviceState> states = new ArrayList<>(context.session().getAllProviders(SlsAdminEndpoint.class).stream()
                .flatMap(area -> area.deviceStates(context, user).stream()).toList());
        Set<String> told = states.stream().map(DeviceState::type).collect(Collectors.toSet());
        new TreeSet<>(user.credentialManager().getStoredCredentialsStream().map(c -> c.getType())
                .filter(type -> type.startsWith(SLS_PREFIX) && !told.contains(type)).toList())
                .forEach(type -> states.add(new DeviceState(type, "active")));
        return states;
    }
}
