package dev.sls.ibkey.notme;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;

/**
 * Pushes to a person stopped after their phone said "I did not start this": kept in the cluster-wide single-use
 * store, so every node refuses to push until the time is up (the entry's lifespan is the stop itself).
 */
public final class PushStop {

    private static final String STOPPED = "sls.ibkey.not-me-stop.";
    private static final String UNTIL = "until";

    private final KeycloakSession session;

    public PushStop(KeycloakSession session) {
        this.session = session;
    }

    /** Stops pushes to the person for {@code seconds} from now (a later report extends the stop). */
    public Instant stop(String userId, int seconds) {
        long until = Time.currentTime() + seconds;
        session.singleUseObjects().remove(STOPPED + userId);
        session.singleUseObjects().put(STOPPED + userId, seconds, Map.of(UNTIL, Long.toString(until)));
        return Instant.ofEpochSecond(until);
    }

    /** When pushes to the person may go again, if they are stopped now. */
    public Optional<Instant> stoppedUntil(String userId) {
        Map<String, String> notes = session.singleUseObjects().get(STOPPED + userId);
        if (notes == null || notes.get(UNTIL) == null) {
            return Optional.empty();
        }
        long until = Long.parseLong(notes.get(UNTIL));
        return until > Time.currentTime() ? Optional.of(Instant.ofEpochSecond(until)) : Optional.empty();
    }
}
