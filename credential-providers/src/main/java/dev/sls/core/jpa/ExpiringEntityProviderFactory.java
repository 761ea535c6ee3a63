package dev.sls.core.jpa;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * A table whose rows have a lifespan: once the database is migrated (the table exists) every node deletes expired rows
 * at a fixed interval (deleting is idempotent, so nodes need not agree who does it), and a removed realm or user takes
 * its rows along. A subclass says how its store does each.
 */
public abstract class ExpiringEntityProviderFactory extends SlsEntityProviderFactory {

    private static final Logger LOG = Logger.getLogger(ExpiringEntityProviderFactory.class);
    private final long purgeIntervalMillis;

    protected ExpiringEntityProviderFactory(String id, String changelog, List<Class<?>> entities,
                                            long purgeIntervalMillis) {
        super(id, changelog, entities);
        this.purgeIntervalMillis = purgeIntervalMillis;
    }

    /** Deletes the rows past their lifespan; answers how many. */
    protected abstract int purgeExpired(KeycloakSession session);

    protected abstract void deleteRealm(KeycloakSession session, String realmId);

    protected abstract void deleteUser(KeycloakSession session, String realmId, String userId);

    @Override
    public final void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent migrated) {
                schedulePurge(migrated.getFactory());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                deleteUser(removed.getKeycloakSession(), removed.getRealm().getId(), removed.getUser().getId());
            }
        });
    }

    private void schedulePurge(KeycloakSessionFactory factory) {
        String name = getId() + "-purge";
        ScheduledTask purge = new ScheduledTask() {
            @Override
            public void run(KeycloakSession session) {
                int purged = purgeExpired(session);
                if (purged > 0) {
                    LOG.debugf("%s: deleted %d expired rows", name, purged);
                }
            }

            @Override
            public String getTaskName() {
                return name;
            }
        };
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .scheduleTask(purge, purgeIntervalMillis, name));
    }
}
