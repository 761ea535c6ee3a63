package dev.sls.core.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;

class BoundChallengeTest {

    private static final BoundChallenge CHALLENGE = BoundChallenge.inNote("sls.test.challenge");

    private final Map<String, String> notes = new HashMap<>();
    private final AuthenticationSessionModel authSession = (AuthenticationSessionModel) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {AuthenticationSessionModel.class}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                        case "getAuthNote" -> notes.get((String) args[0]);
                        case "removeAuthNote" -> notes.remove((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });

    @Test
    void theChallengeIsReturnedOnceForTheCredentialItWasIssuedFor() {
        CHALLENGE.issue(authSession, "card-1", "12345678", 60);

        assertEquals(Optional.of("12345678"), CHALLENGE.take(authSession, "card-1"));
        assertEquals(Optional.empty(), CHALLENGE.take(authSession, "card-1"), "used once");
    }

    @Test
    void aChallengeIssuedForAnotherCredentialIsRefusedAndSpent() {
        CHALLENGE.issue(authSession, "old-phone", "12345678", 60);

        assertEquals(Optional.empty(), CHALLENGE.take(authSession, "new-phone"));
        assertEquals(Optional.empty(), CHALLENGE.take(authSession, "old-phone"), "a refused answer spends it too");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        CHALLENGE.issue(authSession, "card-1", "12345678", 0);

        assertEquals(Optional.empty(), CHALLENGE.take(authSession, "card-1"));
    }

    @Test
    void aNewChallengeReplacesTheEarlierOneAndValuesMayHoldTheSeparator() {
        CHALLENGE.issue(authSession, "card-1", "first", 60);
        CHALLENGE.issue(authSession, "card-1", "3|17|42", 60);

        assertEquals(Optional.of("3|17|42"), CHALLENGE.take(authSession, "card-1"));
    }

    @Test
    void aNoteThisClassDidNotWriteIsNoChallenge() {
        notes.put("sls.test.challenge", "card-1|soon|123");
        assertEquals(Optional.empty(), CHALLENGE.take(authSession, "card-1"));
        notes.put("sls.test.challenge", "garbage");
        assertEquals(Optional.empty(), CHALLENGE.take(authSession, "card-1"));
        assertTrue(notes.isEmpty());
    }

    @Test
    void aChallengeNeedsWhatItIsBoundTo() {
        assertThrows(IllegalArgumentException.class, () -> CHALLENGE.issue(authSession, null, "1", 60));
        assertThrows(IllegalArgumentException.class, () -> CHALLENGE.issue(authSession, "a|b", "1", 60));
        assertThrows(IllegalArgumentException.class, () -> BoundChallenge.inNote(" "));
    }
}
