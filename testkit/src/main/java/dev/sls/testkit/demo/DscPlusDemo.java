package dev.sls.testkit.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.dscplus.protocol.pskc.PskcReader;
import dev.sls.dscplus.protocol.pskc.TransportKey;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.HarnessSettings;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's DSC+ cards: imports {@code realm-config/demo/dscplus-demo-cards.pskc.xml} into the demo realm's
 * inventory (as a bank does with its vendor's file), and has carol activate card {@value #CAROLS_CARD} with PIN
 * {@value #CAROLS_PIN} the way she would in a browser. Idempotent: a server that has it already is left alone.
 */
public final class DscPlusDemo {

    public static final String REALM = "sls-demo";
    public static final String CLIENT = "sls-demo-app";
    public static final String REDIRECT = "http://localhost/sls-demo-callback";
    public static final String CARDS_FILE = "dscplus-demo-cards.pskc.xml";
    public static final String CAROLS_CARD = "DEMO0001";
    public static final String CAROLS_PIN = "7391";
    public static final String CAROL = "carol";
    public static final String CAROLS_PASSWORD = "carol-demo-password";
    static final String AREA = "/" + REALM + "/sls/dscplus";

    private DscPlusDemo() {
    }

    /** The demo cards, as the reference card reads them from the vendor file. */
    public static CardVendor cards() {
        try {
            byte[] file = Files.readAllBytes(cardsFile());
            return CardVendor.fromFile(PskcReader.read(file, TransportKey.none()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DscPlusCard carolsCard() {
        return cards().find(CAROLS_CARD).orElseThrow().card(null);
    }

    /** Imports the demo cards unless they are in the inventory, then activates carol's card unless it is active. */
    public static synchronized void provision(KeycloakServer server, AdminClient admin) {
        JsonNode carols = admin.get(AREA + "/cards?serial=" + CAROLS_CARD).path("cards");
        if (carols.isEmpty()) {
            admin.post(AREA + "/imports", AdminClient.object().put("pskc", read(cardsFile())));
            carols = admin.get(AREA + "/cards?serial=" + CAROLS_CARD).path("cards");
        }
        String state = carols.get(0).path("state").asText();
        if (state.equals("active")) {
            return;
        }
        String cardId = carols.get(0).path("id").asText();
        if (state.equals("stock")) {
            admin.post(AREA + "/cards/" + cardId + "/assign", AdminClient.object().put("username", CAROL));
        }
        activate(server, CAROL, CAROLS_PASSWORD, CAROLS_CARD, CAROLS_PIN, carolsCard());
    }

    /**
     * Logs in as a person whose card is assigned to them and takes them through "Activate DSC+": the serial, a new
     * PIN, and the response the card computes. Returns the page after activation (the redirect to the client).
     */
    public static Page activate(KeycloakServer server, String username, String password, String serial, String pin,
                                DscPlusCard card) {
        Page page = OidcLogin.begin(new Browser(), server.realmUrl(REALM), CLIENT, REDIRECT)
                .form("#kc-form-login").set("username", username).set("password", password).submit("kc-login");
        page = page.form("#sls-dscplus-serial-form").set("sls-serial", serial).submit("sls-continue");
        String challenge = page.document().selectFirst("#sls-challenge").text().trim();
        DscPlusCard.Display display = card.respond(pin, challenge);
        if (!(display instanceof DscPlusCard.Response response)) {
            throw new IllegalStateException("the card showed " + display);
        }
        return page.form("#sls-dscplus-activate-form").set("sls-pin", pin).set("sls-pin-confirm", pin)
                .set("sls-response", response.digits()).submit("sls-continue");
    }

    private static Path cardsFile() {
        return HarnessSettings.demoDir().resolve(CARDS_FILE);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
