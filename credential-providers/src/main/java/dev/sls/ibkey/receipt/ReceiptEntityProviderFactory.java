package dev.sls.ibkey.receipt;

import dev.sls.core.jpa.ExpiringEntityProviderFactory;
import java.util.List;
import org.keycloak.models.KeycloakSession;

/**
 * Puts the receipt table into Keycloak's own database through its JPA entity SPI (Liquibase changelog
 * {@value #CHANGELOG}). Every node deletes expired records once an hour (deleting is idempotent, so nodes need not
 * agree who does it); a removed realm or user takes their records along.
 */
public final class ReceiptEntityProviderFactory extends ExpiringEntityProviderFactory {

    public static final String ID = "sls-receipt";
    static final String CHANGELOG = "META-INF/sls-receipt-changelog.xml";
    static final long PURGE_INTERVAL_MILLIS = 3_600_000L;

    public ReceiptEntityProviderFactory() {
        super(ID, CHANGELOG, List.of(ReceiptEntity.class), PURGE_INTERVAL_MILLIS);
    }

    @Override
    protected int purgeExpired(KeycloakSession session) {
        return new ReceiptStore(session).purgeExpired();
    }

    @Override
    protected void deleteRealm(KeycloakSession session, String realmId) {
        new ReceiptStore(session).deleteRealm(realmId);
    }

    @Override
    protected void deleteUser(KeycloakSession session, String realmId, String userId) {
        new ReceiptStore(session).deleteUser(realmId, userId);
    }
}
