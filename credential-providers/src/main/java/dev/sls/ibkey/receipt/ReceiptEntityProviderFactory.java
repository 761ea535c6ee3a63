package dev.sls.ibkey.receipt;

import dev.sls.core.jpa.SlsEntityProviderFactory;
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
 * Puts the receipt table into Keycloak's own database through its JPA entity SPI (Liquibase changelog
 * {@value #CHANGELOG}). Every node deletes expired records once an hour (deleting is idempotent, so nodes need not
 * agree who does it); a removed realm or user takes their records along.
 */
public final class ReceiptEntityProviderFactory extends SlsEntityProviderFactory {

    public static final String ID = "sls-receipt";
    static final String CHANGELOG = "META-INF/sls-receipt-changelog.xml";
    static final long PURGE_INTERVAL_MILLIS = 3_600_000L;
    private static final Logger LOG = Logger.getLogger(ReceiptEntityProviderFactory.class);

    public ReceiptEntityProviderFactory() {
        super(ID, CHANGELOG, List.of(ReceiptEntity.class));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent migrated) {
                schedulePurge(migrated.getFactory());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new ReceiptStore(removed.getKeycloakSession()).deleteRealm(removed.getRealm().getId());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                new ReceiptStore(removed.getKeycloakSession()).deleteUser(removed.getRealm().getId(),
                        removed.getUser().getId());
            }
        });
    }

    /** Once the database is migrated (the table exists), every node purges expired records hourly. */
    private static void schedulePurge(KeycloakSessionFactory factory) {
        ScheduledTask purge = new ScheduledTask() {
            @Override
            public void run(KeycloakSession session) {
                int purged = new ReceiptStore(session).purgeExpired();
                if (purged > 0) {
                    LOG.debugf("Deleted %d expired receipts", purged);
                }
            }

            @Override
            public String getTaskName() {
                return "sls-receipt-purge";
            }
        };
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .scheduleTask(purge, PURGE_INTERVAL_MILLIS, purge.getTaskName()));
    }
}
