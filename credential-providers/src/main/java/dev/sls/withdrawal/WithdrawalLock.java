package dev.sls.withdrawal;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * One person's withdrawals are confirmed one at a time, cluster-wide: the lock is an atomic putIfAbsent in Keycloak's
 * single-use store, held from the check until the transaction that records the withdrawal has committed (or rolled
 * back), so a second confirmation reads the first one's record before it decides. A lock whose holder died frees
 * itself after {@value #LIFESPAN_SECONDS} s.
 */
final class WithdrawalLock {

    static final long LIFESPAN_SECONDS = 30;
    static final long WAIT_MILLIS = 10_000;
    private static final long PAUSE_MILLIS = 20;
    private static final String PREFIX = "sls.withdrawal.lock.";

    private WithdrawalLock() {
    }

    /**
     * Takes the person's lock for the rest of {@code session}'s transaction, waiting while another confirmation holds
     * it; false if it stayed taken for {@value #WAIT_MILLIS} ms.
     */
    static boolean acquire(KeycloakSession session, String realmId, String userId) {
        String key = PREFIX + realmId + "." + userId;
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!session.singleUseObjects().putIfAbsent(key, LIFESPAN_SECONDS)) {
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                release(factory, key);
            }

            @Override
            protected void rollbackImpl() {
                release(factory, key);
            }
        });
        return true;
    }

    private static void release(KeycloakSessionFactory factory, String key) {
        KeycloakModelUtils.runJobInTransaction(factory, own -> own.singleUseObjects().remove(key));
    }
}
