package dev.sls.withdrawal;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.oidc.rar.AuthorizationDetailsProcessor;
import org.keycloak.protocol.oidc.rar.AuthorizationDetailsProcessorFactory;
import org.keycloak.representations.AuthorizationDetailsJSONRepresentation;
import org.keycloak.util.AuthorizationDetailsParser;

/**
 * Registers the {@value WithdrawalRequest#TYPE} authorization-details type with Keycloak (its
 * {@code authorization-details-processor} SPI keys processors by type; discovery then lists the type in
 * {@code authorization_details_types_supported}). The SPI is one Keycloak marks internal: it may change between
 * Keycloak versions, which the pack's tests against the pinned version catch.
 */
public final class WithdrawalDetailsProcessorFactory implements AuthorizationDetailsProcessorFactory {

    @Override
    public AuthorizationDetailsProcessor<?> create(KeycloakSession session) {
        return new WithdrawalDetailsProcessor();
    }

    @Override
    public void init(Config.Scope config) {
        // Keycloak turns every granted entry into its processor's type before it sends the token response.
        AuthorizationDetailsParser.registerParser(WithdrawalRequest.TYPE, new AuthorizationDetailsParser() {
            @Override
            public <T extends AuthorizationDetailsJSONRepresentation> T asSubtype(
                    AuthorizationDetailsJSONRepresentation detail, Class<T> type) {
                if (!type.isInstance(detail)) {
                    throw new IllegalArgumentException(WithdrawalRequest.TYPE + " entries are plain details");
                }
                return type.cast(detail);
            }
        });
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public String getId() {
        return WithdrawalRequest.TYPE;
    }
}
