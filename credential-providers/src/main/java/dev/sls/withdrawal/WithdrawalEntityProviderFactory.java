package dev.sls.withdrawal;

import dev.sls.core.jpa.ExpiringEntityProviderFactory;
import java.util.List;
import org.keycloak.models.KeycloakSession;

/**
 * Puts the withdrawal table into Keycloak's own database through its JPA entity SPI (Liquibase changelog
 * {@value #CHANGELOG}). Every node deletes expired records once an hour (deleting is idempotent, so nodes need not
 * agree who does it); a removed realm or user takes their records along.
 */
public final class WithdrawalEntityProviderFactory extends ExpiringEntityProviderFactory {

    public static final String ID = "sls-withdrawal";
    static final String CHANGELOG = "META-INF/sls-withdrawal-changelog.xml";
    static final long PURGE_INTERVAL_MILLIS = 3_600_000L;

    public WithdrawalEntityProviderFactory() {
        super(ID, CHANGELOG, List.of(WithdrawalEntity.class), PURGE_INTERVAL_MILLIS);
    }

    @Override
    protected int purgeExpired(KeycloakSession session) {
        return new WithdrawalLedger(session).purgeExpired();
    }

    @Override
    protected void deleteRealm(KeycloakSession session, String realmId) {
        new WithdrawalLedger(session).deleteRealm(realmId);
    }

    @Override
    protected void deleteUser(KeycloakSession session, String realmId, String userId) {
        new WithdrawalLedger(session).deleteUser(realmId, userId);
    }
}
