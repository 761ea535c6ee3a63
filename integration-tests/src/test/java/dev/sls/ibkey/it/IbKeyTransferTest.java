package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.PIN;
import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.cli.IbKeyCli;
import dev.sls.ibkey.protocol.TransferUri;
import dev.sls.ibkey.protocol.api.SignedAction;
import dev.sls.ibkey.protocol.api.TransferAcceptRequest;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.ClientAddressProxy;
import dev.sls.testkit.server.KeycloakServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transfer from a phone that still works: the old phone shows a one-time offer as a QR code, the new phone scans it
 * and takes the user without SMS; the old key retires, the app's other users stay.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyTransferTest {

    private static Page pushLogin(KeycloakServer server, IbKeySteps.TestUser user) {
        Page push = IbKeySteps.password(server, new Browser(), user);
        assertTrue(push.has(IbKeySteps.PUSH_FORM), push::describe);
        return push;
    }

    private static void approves(KeycloakServer server, IbKeySteps.TestUser user, IbKeyApp app, IbKeyUser onApp) {
        Page push = pushLogin(server, user);
        app.approve(onApp, IbKeySteps.onlyPending(app, onApp), IbKeySteps.shown(push));
        Page next = IbKeySteps.continueAfterDecision(push, "approved");
        assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
    }

    private static String refusal(Supplier<?> call) {
        return assertThrows(DeviceApiException.class, call::get).error();
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli cli(Path state, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--state";
        all[1] = state.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = IbKeyCli.run(all, state, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null);
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theOldPhonesQrCodeMovesTheUserToTheNewPhoneAndThePersonIsTold(KeycloakServer server, AdminClient admin,
                                                                      @TempDir Path dir) throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        IbKeySteps.Enrolled moving = IbKeySteps.enrolled(server, admin, "xfer");
        IbKeySteps.TestUser staying = IbKeySteps.newUser(admin, "xfer-stays");
        IbKeyUser stayingOnOld = IbKeySteps.enrol(server, staying, moving.app());
        admin.put("/" + REALM + "/users/" + moving.user().id(),
                AdminClient.object().put("email", moving.user().username() + "@example.test"));
        JsonNode smtpBefore = setSmtp(admin, mail.getSmtp().getPort());
        try {
            Path oldState = dir.resolve("old.json");
            moving.app().save(oldState);
            Path qr = dir.resolve("offer.png");
            Cli offered = cli(oldState, "transfer-offer", "--user", REALM + "/" + moving.user().username(),
                    "--out", qr.toString());
            assertEquals(0, offered.exit(), offered::err);
            assertTrue(offered.out().contains("sls-ibkey://transfer?v=1&server="), offered::out);
            assertTrue(Files.size(qr) > 0);

            Path newState = dir.resolve("new.json");
            Cli accepted = cli(newState, "--device-name", "Pixel 9", "transfer-accept", "--qr", qr.toString(),
                    "--pin", PIN);
            assertEquals(0, accepted.exit(), accepted::err);
            assertTrue(accepted.out().contains("transferred " + REALM + "/" + moving.user().username()),
                    accepted::out);

            IbKeyApp newPhone = IbKeyApp.load(newState);
            IbKeyUser onNew = newPhone.user(REALM, moving.user().username()).orElseThrow();
            approves(server, moving.user(), newPhone, onNew);
            assertEquals(1, IbKeySteps.ibKeyCredentials(admin, moving.user().id()).size());
            assertEquals("Pixel 9", IbKeySteps.ibKeyCredentials(admin, moving.user().id()).get(0)
                    .path("userLabel").asText());

            // The old key is retired for that user: told so; the old app's other user is untouched.
            Page push = pushLogin(server, moving.user());
            assertEquals("device_retired", refusal(() -> moving.app().pending(moving.onApp())));
            assertEquals(1, newPhone.pending(onNew).challenges().size(), "the push went to the new phone");
            approves(server, staying, moving.app(), stayingOnOld);
            assertTrue(push.has(IbKeySteps.PUSH_FORM));

            assertTrue(mail.waitForIncomingEmail(15_000, 1), "the person is told");
            MimeMessage notice = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
            assertEquals("Your IB Key was moved to a new phone", notice.getSubject());
            String body = GreenMailUtil.getBody(notice);
            assertTrue(body.contains("Pixel 9") && body.contains("phone of xfer") && body.contains("Client Services"),
                    body);
            JsonNode events = admin.get("/" + REALM + "/events?type=UPDATE_CREDENTIAL&user=" + moving.user().id());
            assertTrue(events.toString().contains("\"reason\":\"transfer\""), events::toString);
        } finally {
            restoreSmtp(admin, smtpBefore);
            mail.stop();
        }
    }

    @Test
    void anOfferIsTakenOnceAndANewOfferVoidsTheOneShownBefore(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "xonce");
        TransferUri earlier = e.app().offerTransfer(e.onApp());
        TransferUri offer = e.app().offerTransfer(e.onApp());
        IbKeyApp first = IbKeyApp.install("first new phone", "android");
        IbKeyApp second = IbKeyApp.install("second new phone", "ios");
        assertEquals("transfer_offer_expired", refusal(() -> first.acceptTransfer(earlier, PIN)));

        IbKeyUser onFirst = first.acceptTransfer(offer, PIN);
        assertEquals("transfer_offer_used", refusal(() -> second.acceptTransfer(offer, null)));
        assertTrue(second.users().isEmpty());
        approves(server, e.user(), first, onFirst);
    }

    @Test
    void anExpiredOfferIsRefused(KeycloakServer server, AdminClient admin) throws Exception {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "xexpired");
        setLifetime(admin, "5");
        try {
            TransferUri offer = e.app().offerTransfer(e.onApp());
            Thread.sleep(6_500);
            IbKeyApp newPhone = IbKeyApp.install("late phone", "android");
            assertEquals("transfer_offer_expired", refusal(() -> newPhone.acceptTransfer(offer, PIN)));
        } finally {
            setLifetime(admin, null);
        }
        approves(server, e.user(), e.app(), e.onApp());
    }

    @Test
    void anOfferOfAPhoneRetiredMeanwhileIsRefused(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "xretired");
        TransferUri offer = e.app().offerTransfer(e.onApp());
        e.app().removeUserAtServer(e.onApp());
        IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
        assertEquals("transfer_source_retired", refusal(() -> newPhone.acceptTransfer(offer, PIN)));
        assertEquals(0, IbKeySteps.ibKeyCredentials(admin, e.user().id()).size(), "nothing was bound");
    }

    @Test
    void badSignaturesAreRefusedBeforeAnythingIsLookedUp(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "xsig");
        IbKeyApp stranger = IbKeyApp.install("stranger", "android").viaProxy(ClientAddressProxy.forClient(
                "10.19." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255)));
        IbKeyUser forged = new IbKeyUser(e.onApp().server(), REALM, e.user().username(), e.onApp().deviceHandle(),
                null, null);
        IbKeyUser nobody = new IbKeyUser(e.onApp().server(), REALM, "nobody", e.user().id() + ".no-such-key",
                null, null);
        for (IbKeyUser target : new IbKeyUser[] {forged, nobody}) {
            DeviceApiException offer = assertThrows(DeviceApiException.class, () -> stranger.offerTransfer(target));
            DeviceApiException removal = assertThrows(DeviceApiException.class,
                    () -> stranger.removeUserAtServer(target));
            DeviceApiException token = assertThrows(DeviceApiException.class,
                    () -> stranger.updatePushToken(target, "fcm", "token-of-a-stranger"));
            for (DeviceApiException refused : new DeviceApiException[] {offer, removal, token}) {
                assertEquals(401, refused.status());
                assertEquals("bad_signature", refused.error());
                assertEquals(offer.serverMessage(), refused.serverMessage(), "one answer whatever stands behind");
            }
        }

        // An acceptance whose signature is not by the key it sends is refused before the offer is looked at: the
        // offer stays usable.
        TransferUri offer = e.app().offerTransfer(e.onApp());
        IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
        TransferAcceptRequest signed = newPhone.signTransferAccept(offer, PIN);
        TransferAcceptRequest tampered = new TransferAcceptRequest(signed.offer(), stranger.publicKey(),
                signed.deviceId(), signed.deviceName(), signed.platform(), signed.pushProvider(), signed.pushToken(),
                signed.pinHash(), signed.nonce(), signed.time(), signed.signature());
        assertEquals("bad_signature", refusal(() -> newPhone.apiClient().acceptTransfer(offer.server(), REALM,
                tampered)));
        SignedAction replayed = e.app().signTransferOffer(e.onApp());
        e.app().apiClient().offerTransfer(e.onApp(), replayed);
        assertEquals("replayed_request", refusal(() -> e.app().apiClient().offerTransfer(e.onApp(), replayed)));

        // The phone that made the offer cannot take it for itself.
        TransferUri latest = e.app().offerTransfer(e.onApp());
        assertEquals("invalid_request", refusal(() -> e.app().acceptTransfer(latest, PIN)));
        IbKeyUser onNew = newPhone.acceptTransfer(latest, PIN);
        approves(server, e.user(), newPhone, onNew);
        assertEquals(1, IbKeySteps.ibKeyCredentials(admin, e.user().id()).size());
    }

    @Test
    void theNewPhoneRegistersItsOwnEncryptionKeyAndReceivesTheNextDeliveredPassword(KeycloakServer server,
                                                                                   AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "xfer-seal");
        IbKeyApp newPhone = IbKeyApp.install("new phone", "android");

        // The encryption key is signed with the rest: swapped on the way, the acceptance is refused and the offer
        // stays usable.
        TransferUri offer = e.app().offerTransfer(e.onApp());
        TransferAcceptRequest signed = newPhone.signTransferAccept(offer, PIN);
        TransferAcceptRequest swapped = new TransferAcceptRequest(signed.offer(), signed.publicKey(),
                signed.deviceId(), signed.deviceName(), signed.platform(), signed.pushProvider(), signed.pushToken(),
                signed.pinHash(), e.onApp().encryptionKey().publicKey(), signed.nonce(), signed.time(),
                signed.signature());
        assertEquals("bad_signature", refusal(() -> newPhone.apiClient().acceptTransfer(offer.server(), REALM,
                swapped)));

        IbKeyUser onNew = newPhone.acceptTransfer(offer, PIN);
        assertTrue(onNew.encryptionKey() != null, "the new phone keeps the private half of the key it registered");
        AdminClient.Response delivered = admin.send("POST", PasswordDeliveryTest.AREA + e.user().id(), null);
        assertEquals(201, delivered.status(), delivered.body());
        String password = newPhone.fetchDeliveredPassword(onNew, PIN);
        assertTrue(password.matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}"), "the generated password, opened");
    }

    /** Keycloak replaces a realm's attributes on update: the whole representation goes back. */
    static void setLifetime(AdminClient admin, String seconds) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        ObjectNode attributes = (ObjectNode) realm.get("attributes");
        if (seconds == null) {
            attributes.remove("sls.ibkey.transfer.lifetime");
        } else {
            attributes.put("sls.ibkey.transfer.lifetime", seconds);
        }
        admin.put("/" + REALM, realm);
    }

    private static JsonNode setSmtp(AdminClient admin, int port) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        JsonNode before = realm.path("smtpServer").deepCopy();
        realm.putObject("smtpServer").put("host", "127.0.0.1").put("port", String.valueOf(port))
                .put("from", "secure-login@example.test");
        admin.put("/" + REALM, realm);
        return before;
    }

    private static void restoreSmtp(AdminClient admin, JsonNode before) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        realm.set("smtpServer", before.isMissingNode() ? AdminClient.object() : before);
        admin.put("/" + REALM, realm);
    }
}
