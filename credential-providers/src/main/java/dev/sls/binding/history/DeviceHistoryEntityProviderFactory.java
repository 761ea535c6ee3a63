package dev.sls.binding.history;

import dev.sls.core.jpa.ExpiringEntityProviderFactory;
import java.util.List;
import org.keycloak.models.KeycloakSession;

/**
 * Puts the device-history table into Keycloak's database (Liquibase changelog {@value #CHANGELOG}). Every node deletes
 * lines past the retention once a day (idempotent); a removed realm or user takes their lines along.
 */
public final class DeviceHistoryEntityProviderFactory extends ExpiringEntityProviderFactory {

    public static final String ID = "sls-device-history";
    static final String CHANGELOG = "META-INF/sls-device-history-changelog.xml";
    static final long PURGE_INTERVAL_MILLIS = 24 * 3_600_000L;

    public DeviceHistoryEntityProviderFactory() {
        super(ID, CHANGELOG, List.of(DeviceHistoryEntity.class), PURGE_INTERVAL_MILLIS);
    }

    @Override
    protected int purgeExpired(KeycloakSession session) {
        return DeviceHistory.of(session).purgeExpired();
    }

    @Override
    protected void deleteRealm(KeycloakSession session, String realmId) {
        DeviceHistory.of(session).deleteRealm(realmId);
    }

    @Override
    protected void deleteUser(KeycloakSession session, String realmId, String userId) {
        DeviceHistory.of(session).deleteUser(realmId, userId);
    }
}
