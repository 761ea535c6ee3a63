package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.ACTIVATE_FORM;
import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.cli.IbKeyCli;
import dev.sls.it.Lifetime;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** F1/F3: activation by QR or typed code, single use, expiry, one active phone per user, many users per phone. */
@ExtendWith(KeycloakExtension.class)
class IbKeyActivationTest {

    @Test
    void qrDecodedByTheAppActivatesAndThePageMovesOnToTokens(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "qr");
        IbKeyApp app = IbKeyApp.install("Pixel 8", "android");

        Page activation = IbKeySteps.password(server, new Browser(), user);
        assertTrue(activation.text().contains("Activate IB Key"), activation::describe);
        assertTrue(IbKeySteps.activationCode(activation).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}-[0-9A-Z]"),
                activation::describe);
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(activation, app);

        assertEquals(user.username(), OidcLogin.finish(activated.next()).accessClaims().path("preferred_username").asText());
        assertEquals(user.username(), activated.user().username());
        JsonNode credentials = IbKeySteps.ibKeyCredentials(admin, user.id());
        assertEquals(1, credentials.size());
        assertEquals("Pixel 8", credentials.get(0).path("userLabel").asText(), "the phone's own name, for the admin");
        assertFalse(credentials.toString().contains("ocraKey"), "secret data must not reach the admin API");
        assertFalse(credentials.toString().contains("pinHash"), "secret data must not reach the admin API");
    }

    @Test
    void typedCodeActivatesWhenTheCameraCannotScan(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "typed");
        IbKeyApp iphone = IbKeyApp.install("iPhone", "ios");
        Page activation = IbKeySteps.password(server, new Browser(), user);

        String typed = IbKeySteps.activationCode(activation).toLowerCase().replace("-", " ");
        IbKeyUser activated = iphone.activateWithCode(server.baseUrl(), REALM, typed, null);

        assertEquals("activated", IbKeySteps.waitState(activation, ACTIVATE_FORM, 10));
        Page next = activation.form(ACTIVATE_FORM).submit();
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        assertEquals(user.username(), activated.username());
    }

    @Test
    void aUsedCodeIsRefusedWithAClearErrorAndNothingChanges(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "reuse");
        Page activation = IbKeySteps.password(server, new Browser(), user);
        byte[] qr = IbKeySteps.qrImage(activation);
        IbKeyApp first = IbKeyApp.install("first", "android");
        first.activateFromQr(qr, IbKeySteps.PIN);
        String credentialBefore = IbKeySteps.ibKeyCredentials(admin, user.id()).get(0).path("id").asText();

        IbKeyApp second = IbKeyApp.install("second", "android");
        DeviceApiException refused = assertThrows(DeviceApiException.class,
                () -> second.activateFromQr(qr, IbKeySteps.PIN));

        assertEquals(409, refused.status());
        assertEquals("activation_code_used", refused.error());
        assertEquals(credentialBefore, IbKeySteps.ibKeyCredentials(admin, user.id()).get(0).path("id").asText());
        assertTrue(second.users().isEmpty());
    }

    @Test
    void anExpiredCodeIsRefusedAndTheScreenShowsAFreshOne(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "expired");
        Page activation;
        try (var shortCodes = RequiredActionConfig.set(admin, IbKeySteps.ACTIVATE_ACTION,
                "sls.ibkey.activation-code-lifetime", "10")) {
            activation = IbKeySteps.password(server, new Browser(), user);
        }
        Instant issued = Instant.now();
        String oldCode = IbKeySteps.activationCode(activation);
        Lifetime.awaitEnd(issued, Duration.ofSeconds(10));

        IbKeyApp app = IbKeyApp.install("late", "android");
        DeviceApiException refused = assertThrows(DeviceApiException.class,
                () -> app.activateWithCode(server.baseUrl(), REALM, oldCode, IbKeySteps.PIN));
        assertEquals(410, refused.status());
        assertEquals("activation_code_expired", refused.error());

        Page fresh = activation.form(ACTIVATE_FORM).submit();
        assertTrue(fresh.errorText().contains("The activation code expired"), fresh::describe);
        assertNotEquals(oldCode, IbKeySteps.activationCode(fresh));
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(fresh, app);
        assertEquals(user.username(), OidcLogin.finish(activated.next()).accessClaims().path("preferred_username").asText());
    }

    @Test
    void activatingTheSamePhoneAgainIsRecognisedNotDuplicated(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "again");
        IbKeyApp app = IbKeyApp.install("Pixel", "android");
        IbKeyUser first = IbKeySteps.enrol(server, user, app);

        admin.addRequiredAction(REALM, user.id(), IbKeySteps.ACTIVATE_ACTION);
        // The phone already active is asked first: re-activation never bypasses the second factor.
        Page push = IbKeySteps.password(server, new Browser(), user);
        app.approve(first, IbKeySteps.onlyPending(app, first), IbKeySteps.shown(push));
        Page again = IbKeySteps.continueAfterDecision(push, "approved");
        IbKeyUser second = app.activateFromQr(IbKeySteps.qrImage(again), IbKeySteps.PIN);

        assertEquals(first.deviceHandle(), second.deviceHandle());
        assertEquals(1, IbKeySteps.ibKeyCredentials(admin, user.id()).size());
        assertEquals(1, app.users().size());
    }

    @Test
    void aSecondPhoneRetiresTheFirst(KeycloakServer server, AdminClient admin) {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "newphone");
        IbKeyApp oldPhone = IbKeyApp.install("old", "android");
        IbKeyUser onOld = IbKeySteps.enrol(server, user, oldPhone);

        admin.addRequiredAction(REALM, user.id(), IbKeySteps.ACTIVATE_ACTION);
        Page push = IbKeySteps.password(server, new Browser(), user);
        oldPhone.approve(onOld, IbKeySteps.onlyPending(oldPhone, onOld), IbKeySteps.shown(push));
        IbKeyApp newPhone = IbKeyApp.install("new", "android");
        IbKeySteps.Activated activated = IbKeySteps.activateByQr(IbKeySteps.continueAfterDecision(push, "approved"),
                newPhone);
        OidcLogin.finish(activated.next());
        IbKeyUser onNew = activated.user();

        assertNotEquals(onOld.deviceHandle(), onNew.deviceHandle());
        assertEquals(1, IbKeySteps.ibKeyCredentials(admin, user.id()).size());
        DeviceApiException retired = assertThrows(DeviceApiException.class, () -> oldPhone.pending(onOld));
        assertEquals("device_retired", retired.error());
        assertEquals(0, newPhone.pending(onNew).challenges().size());
    }

    @Test
    void oneAppHoldsTwoUsersAndApprovesEach(KeycloakServer server, AdminClient admin) {
        IbKeyApp app = IbKeyApp.install("family phone", "android");
        IbKeySteps.TestUser anna = IbKeySteps.newUser(admin, "anna");
        IbKeySteps.TestUser ben = IbKeySteps.newUser(admin, "ben");
        IbKeyUser annaOnApp = IbKeySteps.enrol(server, anna, app);
        IbKeyUser benOnApp = IbKeySteps.enrol(server, ben, app);
        assertEquals(2, app.users().size());

        for (var pair : java.util.List.of(java.util.Map.entry(anna, annaOnApp), java.util.Map.entry(ben, benOnApp))) {
            Page push = IbKeySteps.password(server, new Browser(), pair.getKey());
            String challenge = IbKeySteps.onlyPending(app, pair.getValue());
            app.approve(pair.getValue(), challenge, IbKeySteps.shown(push));
            Page next = IbKeySteps.continueAfterDecision(push, "approved");
            assertEquals(pair.getKey().username(),
                    OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void theReferenceAppCommandShownOnThePageActivates(KeycloakServer server, AdminClient admin,
                                                       @TempDir Path dir) throws Exception {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "cli");
        Page activation = IbKeySteps.password(server, new Browser(), user);
        String command = activation.document().selectFirst("#sls-reference-app code").text();
        assertTrue(command.startsWith("activate --server " + server.baseUrl() + " --realm " + REALM + " --code "),
                command);

        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--pin", IbKeySteps.PIN, "--device-name", "Test laptop"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = IbKeyCli.run(args.toArray(String[]::new), dir.resolve("phone.json"), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("activated " + REALM + "/" + user.username()));

        assertEquals("activated", IbKeySteps.waitState(activation, ACTIVATE_FORM, 10));
        Page next = activation.form(ACTIVATE_FORM).submit();
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        assertEquals("Test laptop", IbKeySteps.ibKeyCredentials(admin, user.id()).get(0).path("userLabel").asText());
    }
}
