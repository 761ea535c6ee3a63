package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.demo.DscPlusDemo;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;

/** A helpdesk and a person with a DSC+ card, against the demo realm. */
public final class DscPlusSteps {

    static final String REALM = DscPlusDemo.REALM;
    static final String AREA = "/" + REALM + "/sls/dscplus";
    public static final String LOGIN_FORM = "#sls-dscplus-form";
    public static final String PIN = "7391";

    private DscPlusSteps() {
    }

    public record TestUser(String username, String password, String id) { }

    /** A fresh user of the demo realm. */
    public static TestUser newUser(AdminClient admin, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + username;
        return new TestUser(username, password, admin.createUser(REALM, username, password));
    }

    /** A batch of new cards with serials unique to this test, imported as a plain vendor file. */
    public static CardVendor importBatch(AdminClient admin, int count) {
        String prefix = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        CardVendor batch = CardVendor.make(prefix, count, DscPlusSuites.DEFAULT, new SecureRandom());
        AdminClient.Response response = admin.send("POST", AREA + "/imports",
                AdminClient.object().put("pskc", batch.pskc(PskcWriter.plain())));
        assertEquals(201, response.status(), response.body());
        return batch;
    }

    public static JsonNode cardBySerial(AdminClient admin, String serial) {
        JsonNode cards = admin.get(AREA + "/cards?serial=" + serial).path("cards");
        assertEquals(1, cards.size(), cards::toString);
        return cards.get(0);
    }

    public static String cardId(AdminClient admin, String serial) {
        return cardBySerial(admin, serial).path("id").asText();
    }

    public static void assign(AdminClient admin, String serial, TestUser user) {
        AdminClient.Response response = admin.send("POST", AREA + "/cards/" + cardId(admin, serial) + "/assign",
                AdminClient.object().put("userId", user.id()));
        assertEquals(200, response.status(), response.body());
    }

    /** A user with a card of a fresh batch assigned and activated (PIN {@value #PIN}); returns the card. */
    public static DscPlusCard activeCardHolder(KeycloakServer server, AdminClient admin, TestUser user) {
        CardVendor batch = importBatch(admin, 1);
        CardVendor.MadeCard made = batch.cards().get(0);
        assign(admin, made.serial(), user);
        DscPlusCard card = made.card(null);
        Page done = DscPlusDemo.activate(server, user.username(), user.password(), made.serial(), PIN, card);
        assertTrue(done.isRedirect(), done::describe);
        OidcLogin.finish(done);
        return card;
    }

    public static Page password(KeycloakServer server, Browser browser, String username, String password) {
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), DscPlusDemo.CLIENT, DscPlusDemo.REDIRECT);
        return login.form("#kc-form-login").set("username", username).set("password", password).submit("kc-login");
    }

    static String challenge(Page page) {
        return page.document().selectFirst("#sls-challenge").text().trim();
    }

    public static String respond(DscPlusCard card, String pin, String challenge) {
        DscPlusCard.Display display = card.respond(pin, challenge);
        assertTrue(display instanceof DscPlusCard.Response, String.valueOf(display));
        return ((DscPlusCard.Response) display).digits();
    }

    /** Types what the card shows for the challenge on the page. */
    public static Page answer(Page page, DscPlusCard card, String pin) {
        return page.form(LOGIN_FORM).set("sls-response", respond(card, pin, challenge(page))).submit("kc-login");
    }

    static ObjectNode importBody(String xml) {
        return AdminClient.object().put("pskc", xml);
    }

    static String resource(String name) {
        try (InputStream in = DscPlusSteps.class.getResourceAsStream("/pskc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
