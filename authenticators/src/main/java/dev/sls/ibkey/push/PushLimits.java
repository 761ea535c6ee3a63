package dev.sls.ibkey.push;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Push-bombing brake: after {@code limit} pushes in a row go unanswered, no push is sent to that user for a
 * cooldown. Counted with atomic putIfAbsent markers, so it holds across nodes.
 */
public final class PushLimits {

    private static final String UNANSWERED = "sls.ibkey.unanswered.";
    private static final String COOLDOWN = "sls.ibkey.cooldown.";

    private final KeycloakSession session;

    public PushLimits(KeycloakSession session) {
        this.session = session;
    }

    public boolean inCooldown(String userId) {
        return store().contains(COOLDOWN + userId);
    }

    public void recordUnanswered(String userId, int limit, int cooldownSeconds) {
        for (int i = 0; i < limit; i++) {
            if (store().putIfAbsent(UNANSWERED + userId + "." + i, cooldownSeconds)) {
                if (i == limit - 1) {
                    store().putIfAbsent(COOLDOWN + userId, cooldownSeconds);
                    forgetUnanswered(userId, limit);
                }
                return;
            }
        }
    }

    /** An answered push (approve or deny) shows the person is there: the count starts again. */
    public void forgetUnanswered(String userId, int limit) {
        for (int i = 0; i < limit; i++) {
            store().remove(UNANSWERED + userId + "." + i);
        }
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
