package dev.sls.codecard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.codecard.simulator.PrintedCodeCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.HarnessSettings;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;

/** The seed's steps with a Security Code Card, as a person does them in a browser, on the demo realm. */
public final class CodeCardSteps {

    public static final String REALM = "sls-demo";
    public static final String CLIENT = "sls-demo-app";
    public static final String REDIRECT = "http://localhost/sls-demo-callback";
    public static final String LOGIN_FORM = "#sls-code-card-form";
    public static final String ACTIVATE_FORM = "#sls-code-card-activate-form";
    public static final String PRINTED_FORM = "#sls-code-card-printed-form";

    private CodeCardSteps() {
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh user of the demo realm, with email and names so no profile page interrupts the login. */
    public static TestUser newUser(AdminClient admin, String prefix) {
        String username = uniqueUsername(prefix);
        String password = "pw-" + username;
        return new TestUser(username, password, admin.createUser(REALM, username, password));
    }

    public static Page password(KeycloakServer server, Browser browser, TestUser user) {
        return password(server, browser, user.username(), user.password());
    }

    /** Opens the demo client's login and submits username and password; returns the next page. */
    public static Page password(KeycloakServer server, Browser browser, String username, String password) {
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, REDIRECT);
        return login.form("#kc-form-login").set("username", username).set("password", password).submit("kc-login");
    }

    /** The codes of the card shown on the issuance page, by index number. */
    public static Map<Integer, String> readCard(Page issuePage) {
        Map<Integer, String> card = new TreeMap<>();
        for (Element cell : issuePage.document().select("#sls-code-card-sheet td.sls-cell")) {
            card.put(Integer.parseInt(cell.attr("data-index")), cell.selectFirst(".sls-cell-code").text());
        }
        return card;
    }

    /** The index numbers the page asks for, checking the page offers exactly one field for each. */
    public static List<Integer> askedIndexes(Page page, String formSelector) {
        List<Integer> shown = page.document().select("#sls-code-card-indexes .sls-index").stream()
                .map(e -> Integer.parseInt(e.text().trim())).toList();
        List<Integer> fields = page.form(formSelector).names().stream().filter(n -> n.startsWith("code-"))
                .map(n -> Integer.parseInt(n.substring(5))).sorted().toList();
        assertEquals(shown, fields, page::describe);
        assertFalse(shown.isEmpty(), page::describe);
        return shown;
    }

    /** Types, for every asked index, the code the card has there. */
    public static Page answer(Page page, String formSelector, Map<Integer, String> card, String button) {
        Form form = page.form(formSelector);
        for (int index : askedIndexes(page, formSelector)) {
            form.set("code-" + index, card.get(index));
        }
        return form.submit(button);
    }

    /** Types a wrong code for every asked index. */
    public static Page answerWrongly(Page page, String formSelector, Map<Integer, String> card, String button) {
        Form form = page.form(formSelector);
        for (int index : askedIndexes(page, formSelector)) {
            String right = card.get(index);
            form.set("code-" + index, right.equals("0000") ? "1111" : "0000".substring(0, right.length()));
        }
        return form.submit(button);
    }

    /** Answers every page's codes at the same instant, each on its own thread; the pages in the same order. */
    public static List<Page> loginAtOnce(List<Page> codeCardPages, Map<Integer, String> card) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Page>> answers = codeCardPages.stream().map(page -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return login(page, card);
        })).toList();
        start.countDown();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    public static Page login(Page codeCardPage, Map<Integer, String> card) {
        return answer(codeCardPage, LOGIN_FORM, card, "kc-login");
    }

    /** On the issuance page: reads the card, confirms it is printed, activates it. Ends where the flow goes next. */
    public static Issued issueAndActivate(Page issuePage) {
        Map<Integer, String> card = readCard(issuePage);
        assertEquals(100, card.size(), issuePage::describe);
        Page activation = issuePage.form(PRINTED_FORM).submit("sls-printed");
        assertTrue(activation.has(ACTIVATE_FORM), activation::describe);
        Page next = answer(activation, ACTIVATE_FORM, card, "sls-activate");
        return new Issued(card, next);
    }

    /** Takes a user without a card through issuance; returns the card. */
    public static Map<Integer, String> enrol(KeycloakServer server, TestUser user) {
        Issued issued = issueAndActivate(password(server, new Browser(), user));
        Tokens tokens = OidcLogin.finish(issued.next());
        assertEquals(user.username(), tokens.accessClaims().path("preferred_username").asText());
        return issued.card();
    }

    /** Bob's printed card from realm-config/demo, read by the card simulator as bob would read it. */
    public static Map<Integer, String> bobsCard() {
        try {
            PrintedCodeCard card = PrintedCodeCard.parse(
                    Files.readString(HarnessSettings.demoDir().resolve("bob-code-card.txt")));
            assertEquals(100, card.size());
            return card.answer(IntStream.rangeClosed(1, card.size()).boxed().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record TestUser(String username, String password, String id) {
    }

    public record Issued(Map<Integer, String> card, Page next) {
    }
}
