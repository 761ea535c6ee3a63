package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.testkit.AdminClient;

/** What Keycloak's brute-force detection counted for a user, as tests check it. */
public final class BruteForce {

    private BruteForce() {
    }

    /** Asserts the user's failure count reaches exactly {@code expected} (Keycloak counts on its own executor). */
    public static JsonNode assertFailures(AdminClient admin, String realm, String userId, int expected) {
        JsonNode status = admin.awaitBruteForceFailures(realm, userId, expected);
        assertEquals(expected, status.path("numFailures").asInt(), status::toString);
        return status;
    }
}
