package dev.sls.ibkey.receipt;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * The kept receipts of a realm's people, in Keycloak's database and the caller's transaction. Nothing past its expiry
 * is ever answered; expired rows are deleted by the hourly task and whenever the same person gets a new receipt.
 */
public final class ReceiptStore {

    /** The most receipts one listing answers (newest first). */
    public static final int MAX_LISTED = 500;

    private final EntityManager em;

    public ReceiptStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Keeps a receipt, first deleting the person's expired ones (so a busy person's rows stay bounded too). */
    public void add(ReceiptEntity receipt) {
        purgeExpired(receipt.getRealmId(), receipt.getUserId());
        em.persist(receipt);
        em.flush();
    }

    /** The person's receipts still kept, newest first, at most {@code max} ({@value #MAX_LISTED} at most). */
    public List<ReceiptEntity> ofUser(String realmId, String userId, int max) {
        return em.createQuery("select r from SlsReceipt r where r.realmId = :realm and r.userId = :user"
                        + " and r.expiresAt > :now order by r.recordedAt desc, r.id", ReceiptEntity.class)
                .setParameter("realm", realmId).setParameter("user", userId)
                .setParameter("now", Time.currentTimeMillis())
                .setMaxResults(Math.max(1, Math.min(max, MAX_LISTED))).getResultList();
    }

    /** The person's receipts of one outcome (e.g. {@code denied-not-me}), newest first. */
    public List<ReceiptEntity> ofUser(String realmId, String userId, String outcome, int max) {
        return em.createQuery("select r from SlsReceipt r where r.realmId = :realm and r.userId = :user"
                        + " and r.outcome = :outcome and r.expiresAt > :now order by r.recordedAt desc, r.id",
                        ReceiptEntity.class)
                .setParameter("realm", realmId).setParameter("user", userId).setParameter("outcome", outcome)
                .setParameter("now", Time.currentTimeMillis())
                .setMaxResults(Math.max(1, Math.min(max, MAX_LISTED))).getResultList();
    }

    /** One receipt of this person still kept. */
    public Optional<ReceiptEntity> find(String realmId, String userId, String receiptId) {
        if (receiptId == null || receiptId.length() > 36) {
            return Optional.empty();
        }
        ReceiptEntity found = em.find(ReceiptEntity.class, receiptId);
        return Optional.ofNullable(found).filter(r -> r.getRealmId().equals(realmId) && r.getUserId().equals(userId)
                && r.getExpiresAt() > Time.currentTimeMillis());
    }

    /** How many rows the person has, expired or not (for tests of the clean-up and for operators). */
    public long countStored(String realmId, String userId) {
        return em.createQuery("select count(r) from SlsReceipt r where r.realmId = :realm and r.userId = :user",
                        Long.class).setParameter("realm", realmId).setParameter("user", userId).getSingleResult();
    }

    /** Deletes every receipt past its expiry; returns how many. */
    public int purgeExpired() {
        return em.createQuery("delete from SlsReceipt r where r.expiresAt <= :now")
                .setParameter("now", Time.currentTimeMillis()).executeUpdate();
    }

    /** Deletes this person's receipts past their expiry; returns how many. */
    public int purgeExpired(String realmId, String userId) {
        return em.createQuery("delete from SlsReceipt r where r.realmId = :realm and r.userId = :user"
                        + " and r.expiresAt <= :now").setParameter("realm", realmId).setParameter("user", userId)
                .setParameter("now", Time.currentTimeMillis()).executeUpdate();
    }

    public void deleteRealm(String realmId) {
        em.createQuery("delete from SlsReceipt r where r.realmId = :realm").setParameter("realm", realmId)
                .executeUpdate();
    }

    public void deleteUser(String realmId, String userId) {
        em.createQuery("delete from SlsReceipt r where r.realmId = :realm and r.userId = :user")
                .setParameter("realm", realmId).setParameter("user", userId).executeUpdate();
    }
}
