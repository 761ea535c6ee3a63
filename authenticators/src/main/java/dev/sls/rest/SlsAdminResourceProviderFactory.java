package dev.sls.rest;

import dev.sls.core.api.SlsPaths;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Mounts {@code /admin/realms/{realm}/sls} behind Keycloak's admin authentication; the areas below it are
 * {@link SlsAdminEndpoint}s.
 */
public final class SlsAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return new AdminRealmResourceProvider() {
            @Override
            public Object getResource(KeycloakSession s, RealmModel realm,
                                      AdminPermissionEvaluator auth,
                                      AdminEventBuilder adminEvent) {
                return new SlsAdminRealmResource(new SlsAdminContext(s, realm, auth, adminEvent));
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings
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
        return SlsPaths.ROOT;
    }
}
