package dev.sls.settings.account;

import dev.sls.rest.SlsEndpoint;
import dev.sls.rest.SlsEndpointFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link AccountResource} at {@code /realms/{realm}/sls/}{@value #AREA}. */
public final class AccountEndpointFactory implements SlsEndpointFactory {

    public static final String AREA = "account";

    @Override
    public SlsEndpoint create(KeycloakSession session) {
        return () -> new AccountResource(session);
    }

    @Override
    public String getId() {
        return AREA;
    }
}
