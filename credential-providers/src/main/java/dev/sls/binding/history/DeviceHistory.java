package dev.sls.binding.history;

import dev.sls.core.jpa.TimeOrderedIds;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Every device a person ever had (activated, recovered, transferred, blocked, returned, retired, removed), in
 * Keycloak's database and the caller's transaction: a binding that rolls back leaves no line. Bounded: at most
 * {@link #MAX_PER_USER} lines a person (the oldest go first) and none older than {@link #RETENTION}. Lines written in
 * the same millisecond read in the order they were written: their ids are {@link TimeOrderedIds}, the listing's
 * tiebreak.
 * See docs/decisions/device-history.md.
 */
public final class DeviceHistory {

    public static final int MAX_PER_USER = 200;
    public static final Duration RETENTION = Duration.ofDays(5 * 366);

    private final EntityManager em;

    private DeviceHistory(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    static DeviceHistory of(KeycloakSession session) {
        return new DeviceHistory(session);
    }

    /** Adds a line for {@code user}, dated now, and drops the person's oldest lines beyond the cap. */
    public static void record(KeycloakSession session, RealmModel realm, UserModel user, HistoryEntry entry) {
        of(session).add(realm.getId(), user.getId(), Time.currentTimeMillis(), entry);
    }

    /** The person's history, newest first. */
    public static List<PastDevice> read(KeycloakSession session, RealmModel realm, UserModel user) {
        return of(session).lines(realm.getId(), user.getId());
    }

    void add(String realmId, String userId, long at, HistoryEntry entry) {
        DeviceHistoryEntity line = new DeviceHistoryEntity();
        line.setId(TimeOrderedIds.next(at));
        line.setRealmId(realmId);
        line.setUserId(userId);
        line.setRecordedAt(at);
        line.setEvent(entry.event().name());
        line.setDeviceType(entry.deviceType());
        line.setLabel(entry.label());
        line.setProof(entry.proof());
        line.setCredentialId(entry.credentialId());
        line.setPublicKey(entry.publicKey());
        line.setActor(entry.actor());
        em.persist(line);
        em.flush();
        List<String> beyondCap = em.createQuery("select h.id from SlsDeviceHistory h where h.realmId = :realm"
                        + " and h.userId = :user order by h.recordedAt desc, h.id desc", String.class)
                .setParameter("realm", realmId).setParameter("user", userId)
                .setFirstResult(MAX_PER_USER).getResultList();
        if (!beyondCap.isEmpty()) {
            em.createQuery("delete from SlsDeviceHistory h where h.id in :ids").setParameter("ids", beyondCap)
                    .executeUpdate();
        }
    }

    List<PastDevice> lines(String realmId, String userId) {
        long oldest = Time.currentTimeMillis() - RETENTION.toMillis();
        return em.createQuery("select h from SlsDeviceHistory h where h.realmId = :realm and h.userId = :user"
                        + " and h.recordedAt > :oldest order by h.recordedAt desc, h.id desc", DeviceHistoryEntity.class)
                .setParameter("realm", realmId).setParameter("user", userId).setParameter("oldest", oldest)
                .setMaxResults(MAX_PER_USER).getResultStream().map(DeviceHistory::past).toList();
    }

    private static PastDevice past(DeviceHistoryEntity line) {
        return new PastDevice(line.getId(), Instant.ofEpochMilli(line.getRecordedAt()),
                new HistoryEntry(HistoryEvent.valueOf(line.getEvent()), line.getDeviceType(), line.getLabel(),
                        line.getProof(), line.getCredentialId(), line.getPublicKey(), line.getActor()));
    }

    int purgeExpired() {
        return em.createQuery("delete from SlsDeviceHistory h where h.recordedAt <= :oldest")
                .setParameter("oldest", Time.currentTimeMillis() - RETENTION.toMillis()).executeUpdate();
    }

    void deleteRealm(String realmId) {
        em.createQuery("delete from SlsDeviceHistory h where h.realmId = :realm").setParameter("realm", realmId)
                .executeUpdate();
    }

    void deleteUser(String realmId, String userId) {
        em.createQuery("delete from SlsDeviceHistory h where h.realmId = :realm and h.userId = :user")
                .setParameter("realm", realmId).setParameter("user", userId).executeUpdate();
    }
}
