package dev.sls.settings.account;

import dev.sls.rest.JsonResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/sls/account}: the person's own Secure Login System, for the account console's page. Only ever
 * about the user of the account console's token (see {@link AccountConsoleToken}); no path names another user.
 */
public final class AccountResource {

    private final KeycloakSession session;

    AccountResource(KeycloakSession session) {
        this.session = session;
    }

    /** {@code GET overview}: devices, set-up actions, device history and the settings boxes' state. */
    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overview() {
        return JsonResponses.handle(session, () -> {
            var realm = session.getContext().getRealm();
            var person = AccountConsoleToken.person(session, realm);
            return JsonResponses.json(200, AccountOverviews.of(session, realm, person));
        });
    }
}
