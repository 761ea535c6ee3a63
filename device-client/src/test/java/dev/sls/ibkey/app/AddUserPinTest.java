package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Add user": an app that already holds a user behind its PIN adds another only with that PIN. */
class AddUserPinTest {

    private final StubIbKeyServer server = new StubIbKeyServer("demo");

    AddUserPinTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSecondUserIsAddedOnlyWithTheAppPinAndNothingIsSentBefore() {
        IbKeyApp app = IbKeyApp.install("Pixel 8", "android");
        assertFalse(app.hasAppPin(), "the first user chooses the PIN");
        IbKeyUser alice = app.activateWithCode(server.url(), "demo", server.newCode("alice"), "k7#q");
        assertTrue(app.hasAppPin());

        String code = server.newCode("bob");
        for (String wrong : new String[] {"z9#w1", null, ""}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> app.activateWithCode(server.url(), "demo", code, wrong));
            assertTrue(refused.getMessage().startsWith("wrong PIN"), refused.getMessage());
        }
        assertEquals(List.of(alice), app.users());

        IbKeyUser bob = app.activateWithCode(server.url(), "demo", code, "k7#q");
        assertEquals("bob", bob.username(), "the code was never sent while the PIN was wrong");
        assertEquals(2, app.users().size());
    }

    @Test
    void anAppWithoutAPinAddsUsersAsBefore() {
        IbKeyApp iphone = IbKeyApp.install("iPhone", "ios");
        iphone.activateWithCode(server.url(), "demo", server.newCode("alice"), null);
        assertFalse(iphone.hasAppPin());
        iphone.activateWithCode(server.url(), "demo", server.newCode("bob"), null);
        assertEquals(2, iphone.users().size());
    }
}
