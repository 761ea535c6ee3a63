package dev.sls.withdrawal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The confirmed withdrawals of a realm's people, in Keycloak's database and the caller's transaction. Every record
 * expires {@link #RETENTION} after its confirmation and is then deleted; no window ever looks further back.
 */
public final class WithdrawalLedger {

    /** How long a record is kept: more than the longest five-business-day window ({@value BusinessCalendar#MAX_SPAN_DAYS} days). */
    public static final Duration RETENTION = Duration.ofDays(40);

    private final EntityManager em;

    public WithdrawalLedger(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The person's withdrawals still kept, oldest first, read from the database (never from a cache). */
    public List<WithdrawalEntity> ofUser(String realmId, String userId) {
        return em.createQuery("select w from SlsWithdrawal w where w.realmId = :realm and w.userId = :user"
                        + " and w.expiresAt > :now order by w.recordedAt, w.id", WithdrawalEntity.class)
                .setParameter("realm", realmId).setParameter("user", userId)
                .setParameter("now", Time.currentTimeMillis()).getResultList();
    }

    public List<PastWithdrawal> history(String realmId, String userId) {
        return ofUser(realmId, userId).stream().map(WithdrawalLedger::past).toList();
    }

    public static PastWithdrawal past(WithdrawalEntity entity) {
        return new PastWithdrawal(Instant.ofEpochMilli(entity.getRecordedAt()),
                Money.ofMinor(Currency.getInstance(entity.getCurrency()), entity.getAmountMinor()),
                Money.ofMinor(Currency.getInstance(entity.getCountedCurrency()), entity.getCountedMinor()));
    }

    /** Records a confirmed withdrawal; {@code recordedBy} names an admin who added it by hand, else null. */
    public WithdrawalEntity add(String realmId, String userId, Instant confirmedAt, Money amount, Money counted,
                                String credentialType, String clientId, String recordedBy) {
        WithdrawalEntity entity = new WithdrawalEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realmId);
        entity.setUserId(userId);
        entity.setRecordedAt(confirmedAt.toEpochMilli());
        entity.setExpiresAt(confirmedAt.plus(RETENTION).toEpochMilli());
        entity.setAmountMinor(amount.minorUnits());
        entity.setCurrency(amount.code());
        entity.setCountedMinor(counted.minorUnits());
        entity.setCountedCurrency(counted.code());
        entity.setCredentialType(credentialType);
        entity.setClientId(truncate(clientId));
        entity.setRecordedBy(truncate(recordedBy));
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** Deletes every record past its expiry; returns how many. */
    public int purgeExpired() {
        return em.createQuery("delete from SlsWithdrawal w where w.expiresAt <= :now")
                .setParameter("now", Time.currentTimeMillis()).executeUpdate();
    }

    public void deleteRealm(String realmId) {
        em.createQuery("delete from SlsWithdrawal w where w.realmId = :realm").setParameter("realm", realmId)
                .executeUpdate();
    }

    public void deleteUser(String realmId, String userId) {
        em.createQuery("delete from SlsWithdrawal w where w.realmId = :realm and w.userId = :user")
                .setParameter("realm", realmId).setParameter("user", userId).executeUpdate();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }
}
