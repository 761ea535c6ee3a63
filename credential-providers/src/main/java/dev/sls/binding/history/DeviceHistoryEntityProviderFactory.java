package dev.sls.binding.history;

import dev.sls.core.jpa.SlsEntityProviderFactory;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * Puts the device-history table into Keycloak's database (Liquibase changelog {@value #CHANGELOG}). Every node deletes
 * lines past the retention once a day (idempotent); a removed realm or user takes their lines along.
 */
public final class DeviceHistoryEntityProviderFactory extends SlsEntityProviderFactory {

    public static final String ID = "sls-device-history";
    static final String CHANGELOG = "META-INF/sls-device-history-changelog.xml";
    static final long PURGE_INTERVAL_MILLIS = 24 * 3_600_000L;

    public DeviceHistoryEntityProviderFactory() {
        super(ID, CHANGELOG, List.of(DeviceHistoryEntity.class));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent migrated) {
                schedulePurge(migrated.getFactory());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                DeviceHistory.of(removed.getKeycloakSession()).deleteRealm(removed.getRealm().getId());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                DeviceHistory.of(removed.getKeycloakSession()).deleteUser(removed.getRealm().getId(),
                        removed.getUser().getId());
            }
        });
    }

    private static void schedulePurge(KeycloakSessionFactory factory) {
        ScheduledTask purge = new ScheduledTask() {
            @Override
            public void run(KeycloakSession session) {
                DeviceHistory.of(session).purgeExpired();
            }

            @Override
            public String getTaskName() {
                return "sls-device-history-purge";
            }
        };
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .scheduleTask(purge, PURGE_INTERVAL_MILLIS, purge.getTaskName()));
    }
}
