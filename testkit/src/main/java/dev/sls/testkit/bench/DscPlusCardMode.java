package dev.sls.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The DSC+ hardware card: each user's card comes from a vendor file (PSKC, plain values) imported through the pack's
 * admin API, the helpdesk assigns it to the user, and the user activates it at a first login (serial, new PIN, one
 * response). At each login the reference card ({@link DscPlusCard}) computes the response to the page's challenge
 * with the PIN, and the driver types it.
 */
final class DscPlusCardMode implements LoginMode {

    static final String PIN = "7391";
    private static final String AREA = "/" + BenchRealm.NAME + "/sls/dscplus";
    private static final String LOGIN_FORM = "#sls-dscplus-form";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Serials unique to this run, of one width (the inventory searches by prefix): {@code B<6 hex><5 digits>0001}. */
    private final String serialPrefix = "B" + HexFormat.of().withUpperCase().formatHex(bytes(3));
    private final AtomicInteger batches = new AtomicInteger();

    @Override
    public String name() {
        return "password + DSC+ card";
    }

    @Override
    public String clientId() {
        return BenchRealm.DSC_PLUS_CLIENT;
    }

    @Override
    public Person enrol(KeycloakServer server, AdminClient admin) {
        CardVendor.MadeCard made = importCard(admin);
        BenchRealm.Account account = BenchRealm.newAccount(admin, "dsc", null);
        assign(admin, made.serial(), account);
        DscPlusCard card = made.card(null);
        activate(server, account, made.serial(), card);
        return new Person() {
            @Override
            public BenchRealm.Account account() {
                return account;
            }

            @Override
            public Page secondStep(Page afterPassword) {
                return afterPassword.form(LOGIN_FORM).set("sls-response", respond(card, challenge(afterPassword)))
                        .submit("kc-login");
            }
        };
    }

    /** A one-card vendor file, imported as a bank imports its vendor's file. */
    private CardVendor.MadeCard importCard(AdminClient admin) {
        CardVendor batch = CardVendor.make(serialPrefix + String.format("%05d", batches.incrementAndGet()), 1, DscPlusSuites.DEFAULT, RANDOM);
        AdminClient.Response imported = admin.send("POST", AREA + "/imports",
                AdminClient.object().put("pskc", batch.pskc(PskcWriter.plain())));
        if (imported.status() != 201) {
            throw new IllegalStateException("the PSKC import answered " + imported.status() + ": " + imported.body());
        }
        return batch.cards().get(0);
    }

    /** The helpdesk gives the card to the user (which asks them to activate it). */
    private static void assign(AdminClient admin, String serial, BenchRealm.Account account) {
        JsonNode cards = admin.get(AREA + "/cards?serial=" + serial).path("cards");
        if (cards.size() != 1) {
            throw new IllegalStateException("card " + serial + " not found once in the inventory: " + cards);
        }
        AdminClient.Response assigned = admin.send("POST", AREA + "/cards/" + cards.get(0).path("id").asText()
                + "/assign", AdminClient.object().put("userId", account.id()));
        if (assigned.status() != 200) {
            throw new IllegalStateException("assigning " + serial + " answered " + assigned.status() + ": "
                    + assigned.body());
        }
    }

    /** "Activate DSC+" at the first login: the serial, the new PIN twice and the card's response; login finished. */
    private void activate(KeycloakServer server, BenchRealm.Account account, String serial, DscPlusCard card) {
        Browser browser = new Browser().clientAddress(account.clientAddress());
        Page page = OidcLogin.begin(browser, server.realmUrl(BenchRealm.NAME), clientId(), BenchRealm.REDIRECT)
                .form("#kc-form-login").set("username", account.username()).set("password", account.password())
                .submit("kc-login");
        page = page.form("#sls-dscplus-serial-form").set("sls-serial", serial).submit("sls-continue");
        page = page.form("#sls-dscplus-activate-form").set("sls-pin", PIN).set("sls-pin-confirm", PIN)
                .set("sls-response", respond(card, challenge(page))).submit("sls-continue");
        if (!PushPage.isCodeRedirect(page)) {
            throw new IllegalStateException("activating " + serial + " ended at " + page.describe());
        }
        OidcLogin.finish(page);
    }

    private static String challenge(Page page) {
        var challenge = page.document().selectFirst("#sls-challenge");
        if (challenge == null) {
            throw new IllegalStateException("no DSC+ challenge on " + page.describe());
        }
        return challenge.text().trim();
    }

    /** What the card shows after the PIN and the challenge were typed on it. */
    private static String respond(DscPlusCard card, String challenge) {
        DscPlusCard.Display display = card.respond(PIN, challenge);
        if (!(display instanceof DscPlusCard.Response response)) {
            throw new IllegalStateException("the card showed " + display);
        }
        return response.digits();
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
