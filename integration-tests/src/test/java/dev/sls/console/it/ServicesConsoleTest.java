package dev.sls.console.it;

import static dev.sls.console.it.ConsoleSteps.HELEN_OTP;
import static dev.sls.console.it.ConsoleSteps.PAGE;
import static dev.sls.console.it.ConsoleSteps.REALM;
import static dev.sls.console.it.ConsoleSteps.click;
import static dev.sls.console.it.ConsoleSteps.confirm;
import static dev.sls.console.it.ConsoleSteps.text;
import static dev.sls.console.it.ConsoleSteps.type;
import static dev.sls.console.it.ConsoleSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Client Services console in a real browser against the real server: helen (sls-helpdesk) logs in with her
 * second factor, finds a person, imports a PSKC file after its report, assigns and blocks a card, issues temporary
 * access (shown once), sees the server's refusal, and is told when her session ends mid-action; a person without a
 * console role gets the server's 403 and a page that says so; every screen in en/ja/fr on a laptop and a phone.
 */
@ExtendWith(KeycloakExtension.class)
class ServicesConsoleTest {

    private static final String AREA = "/" + REALM + "/sls";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theConsoleIsServedWithAStrictPolicyAndNothingElseOfTheJar(KeycloakServer server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = server.realmUrl(REALM) + "/sls-console/";
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), index.headers()::toString);
        assertEquals(1, index.headers().allValues("Content-Security-Policy").size(), index.headers()::toString);
        String policy = index.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
                && !policy.contains("unsafe"), policy);
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", index.headers().firstValue("X-Frame-Options").orElse(""));
        String etag = index.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base)).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(base + "console.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String other : List.of("..%2Fconsole%2FConsoleResource.class", "ConsoleFiles.class", "x.exe",
                "%2E%2E%2F%2E%2E%2FMETA-INF%2Fservices%2Forg.keycloak.services.resource.RealmResourceProviderFactory")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + other)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, other + ": " + refused.statusCode());
        }
        HttpResponse<String> noSlash = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(base.substring(0, base.length() - 1))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(301, noSlash.statusCode());
        assertTrue(noSlash.headers().firstValue("Location").orElse("").endsWith("/sls-console/"));
    }

    @Test
    void helpdeskFindsAPersonImportsCardsAssignsAndBlocksOneAndIssuesTemporaryAccess(KeycloakServer server,
                                                                                  AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        DscPlusSteps.TestUser person = DscPlusSteps.newUser(admin, "console-person");
        CardVendor batch = CardVendor.make("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
                .toUpperCase(), 2, DscPlusSuites.DEFAULT, new SecureRandom());
        String first = batch.cards().get(0).serial();
        String second = batch.cards().get(1).serial();
        try (Chromium chromium = Chromium.launch()) {
            chromium.viewport(1280, 900);
            ConsoleSteps.open(chromium, server, "en", "helen", "helen-demo-password", ConsoleSteps.otp(HELEN_OTP));
            assertTrue(chromium.eval("!!document.querySelector('#sls-tab-cards')"
                    + " && !document.querySelector('#sls-tab-sharing')").asBoolean(), "the helpdesk's tabs only");

            click(chromium, "#sls-tab-cards");
            chooseFile(chromium, batch.pskc(PskcWriter.plain()));
            click(chromium, "#sls-import-check");
            waitFor(chromium, "#sls-import-confirm");
            String report = text(chromium, "#sls-import-report");
            assertTrue(report.contains(first) && report.contains(second), report);
            assertEquals(0, admin.get(AREA + "/dscplus/cards?serial=" + first).path("total").asInt(),
                    "the report comes before anything is stored");
            click(chromium, "#sls-import-confirm");
            confirm(chromium, null);
            chromium.waitUntil("document.querySelector('#sls-import-report').textContent.includes('2 cards imported')",
                    PAGE);
            assertEquals("stock", card(admin, first).path("state").asText());

            ConsoleSteps.openPerson(chromium, person.username());
            type(chromium, "#sls-assign-serial", first);
            click(chromium, "#sls-assign");
            String row = "#sls-person-cards .sls-row-actions[data-serial='" + first + "']";
            waitFor(chromium, row);
            JsonNode assigned = card(admin, first);
            assertEquals("assigned", assigned.path("state").asText());
            assertEquals(person.id(), assigned.path("userId").asText());

            click(chromium, "#sls-tab-people");
            type(chromium, "#sls-people-q", first);
            click(chromium, "#sls-people-find");
            chromium.waitUntil("document.querySelector('#sls-people-results').textContent.includes("
                    + Chromium.quote("Holder of card " + first) + ")", PAGE);
            click(chromium, ".sls-open-person");
            waitFor(chromium, "article[data-user='" + person.id() + "']");
            waitFor(chromium, row);

            click(chromium, row + " .sls-card-block");
            confirm(chromium, "Lost on the train");
            chromium.waitUntil("!document.querySelector(\"" + row + " .sls-card-block\")", PAGE);
            assertEquals("blocked", card(admin, first).path("state").asText());

            click(chromium, "#sls-issue-code");
            String code = text(chromium, "#sls-temporary-code").trim();
            assertFalse(code.isEmpty());
            JsonNode temporary = admin.get(AREA + "/temporary/users/" + person.id());
            assertEquals("code", temporary.path("kind").asText());
            assertEquals("helen", temporary.path("issuedBy").asText());
            ConsoleSteps.openPerson(chromium, person.username());
            assertFalse(chromium.eval("!!document.querySelector('#sls-temporary-code')").asBoolean(),
                    "the code is shown once");
            assertTrue(text(chromium, "#sls-history").contains("DSC+"), "the device history lists the card");

            click(chromium, "#sls-issue-grid");
            waitFor(chromium, "#sls-temporary .sls-grid code");
            assertEquals("grid", admin.get(AREA + "/temporary/users/" + person.id()).path("kind").asText(),
                    "an online card replaces the code");
            click(chromium, "#sls-retire");
            confirm(chromium, null);
            chromium.waitUntil("document.querySelector('#sls-temporary-state').textContent.includes('No temporary')",
                    PAGE);
            assertEquals(404, admin.send("GET", AREA + "/temporary/users/" + person.id(), null).status(), "retired");
            click(chromium, "#sls-issue-code");
            waitFor(chromium, "#sls-temporary-code");
            temporary = admin.get(AREA + "/temporary/users/" + person.id());

            type(chromium, "#sls-temporary-hours", "100000");
            click(chromium, "#sls-issue-code");
            waitFor(chromium, "#sls-temporary-result .sls-error-code");
            assertTrue(text(chromium, "#sls-temporary-result").contains("invalid_request"),
                    "the server's refusal is shown");
            assertEquals(temporary.path("issuedAt"), admin.get(AREA + "/temporary/users/" + person.id())
                    .path("issuedAt"), "refused: nothing changed");

            click(chromium, "#sls-deliver");
            confirm(chromium, null);
            waitFor(chromium, "#sls-delivery-result .sls-error-code");
            assertTrue(text(chromium, "#sls-delivery-result").contains("no_app_to_deliver_to"),
                    "no IB Key app: the server's refusal is shown");
            waitFor(chromium, "#sls-events p, #sls-events table");

            String events = admin.get("/" + REALM + "/admin-events?max=1000").toString();
            for (String path : List.of("dscplus/imports", "dscplus/cards/" + assigned.path("id").asText() + "/block",
                    "temporary/users/" + person.id(), "password-delivery/users/" + person.id(),
                    "events/users/" + person.id())) {
                assertTrue(events.contains(path), "admin event for " + path);
            }

            admin.send("POST", "/" + REALM + "/users/" + admin.userId(REALM, "helen") + "/logout", null);
            type(chromium, "#sls-temporary-hours", "24");
            click(chromium, "#sls-issue-code");
            waitFor(chromium, "#sls-session-ended[open]");
            assertEquals(temporary.path("issuedAt"), admin.get(AREA + "/temporary/users/" + person.id())
                    .path("issuedAt"), "an ended session changes nothing");
            click(chromium, "#sls-login-again");
            chromium.waitUntil("document.querySelector('#kc-form-login')", PAGE);
        }
    }

    @Test
    void aPersonWithoutAConsoleRoleGetsTheServersRefusalAndAPageThatSaysSo(KeycloakServer server,
                                                                           AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, "console-plain");
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        List<String> problems = new ArrayList<>();
        try (Chromium chromium = Chromium.launch()) {
            chromium.viewport(1280, 900);
            ConsoleSteps.open(chromium, server, "en", user.username(), user.password(), ConsoleSteps.codeCard(card));
            waitFor(chromium, "#sls-server-answer .sls-error-code");
            assertTrue(text(chromium, "#sls-server-answer").contains("helpdesk_role_required"),
                    text(chromium, "#sls-server-answer"));
            assertTrue(text(chromium, "#sls-no-access").contains("You do not have access"));
            assertFalse(chromium.eval("!!document.querySelector('.sls-tabs, #sls-people-search')").asBoolean());
            for (String lang : List.of("en", "ja", "fr")) {
                for (int width : new int[] {1280, 390}) {
                    chromium.viewport(width, width > 600 ? 900 : 844);
                    chromium.navigate(ConsoleSteps.url(server, lang));
                    waitFor(chromium, "#sls-server-answer .sls-error-code");
                    problems.addAll(ConsoleSteps.screen(chromium, "no-access-" + lang + "-" + width));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyHelpdeskScreenInEveryLanguageOnALaptopAndAPhone(KeycloakServer server, AdminClient admin) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        DscPlusSteps.TestUser person = DscPlusSteps.newUser(admin, "console-screens");
        admin.send("POST", AREA + "/temporary/users/" + person.id(), AdminClient.object().put("kind", "code"));
        List<String> problems = new ArrayList<>();
        try (Chromium chromium = Chromium.launch()) {
            ConsoleSteps.open(chromium, server, "en", "helen", "helen-demo-password", ConsoleSteps.otp(HELEN_OTP));
            for (String lang : List.of("en", "ja", "fr")) {
                for (int width : new int[] {1280, 390}) {
                    String suffix = lang + "-" + width;
                    chromium.viewport(width, width > 600 ? 900 : 844);
                    chromium.navigate(ConsoleSteps.url(server, lang));
                    waitFor(chromium, "#sls-people-search");
                    ConsoleSteps.openPerson(chromium, person.username());
                    problems.addAll(ConsoleSteps.screen(chromium, "person-" + suffix));
                    click(chromium, "#sls-retire");
                    waitFor(chromium, "#sls-confirm[open]");
                    problems.addAll(ConsoleSteps.screen(chromium, "confirm-" + suffix));
                    click(chromium, "#sls-confirm-cancel");
                    click(chromium, "#sls-tab-cards");
                    waitFor(chromium, "#sls-inventory-total");
                    problems.addAll(ConsoleSteps.screen(chromium, "cards-" + suffix));
                    click(chromium, "#sls-tab-withdrawal");
                    waitFor(chromium, "#sls-withdrawal-settings p");
                    problems.addAll(ConsoleSteps.screen(chromium, "withdrawal-" + suffix));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static JsonNode card(AdminClient admin, String serial) {
        JsonNode cards = admin.get(AREA + "/dscplus/cards?serial=" + serial).path("cards");
        assertEquals(1, cards.size(), cards::toString);
        return cards.get(0);
    }

    /** Puts {@code xml} in the import's file field, as choosing a file does. */
    private static void chooseFile(Chromium chromium, String xml) {
        try {
            chromium.eval("(() => { const t = new DataTransfer(); t.items.add(new File([" + JSON.writeValueAsString(xml)
                    + "], 'vendor.pskc.xml', {type: 'text/xml'})); document.querySelector('#sls-pskc-file').files = t.files;"
                    + " return true; })()");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
