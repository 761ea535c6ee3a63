package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.List;
import java.util.Map;

/** The seeds' "How to Share a Security Device" as the requesting user does it in a browser, on the demo realm. */
final class SharingSteps {

    static final String REALM = CodeCardSteps.REALM;
    static final String CLIENT = CodeCardSteps.CLIENT;
    static final String REDIRECT = CodeCardSteps.REDIRECT;
    static final String OWNER_FORM = "#sls-share-owner-form";
    static final String RESPONSE_FORM = "#sls-share-response-form";
    static final String REVIEW_FORM = "#sls-share-review-form";
    static final String STATUS_FORM = "#sls-share-status-form";
    static final String CANCEL_FORM = "#sls-share-cancel-form";
    static final String SHARED_LOGIN_FORM = "#sls-shared-device-form";
    static final Map<String, String> CAROLS_DATA = Map.of("slsIdBirthDate", "1984-06-21", "slsIdCitizenship", "FR",
            "slsIdResidence", "JP", "slsIdDocumentType", "passport", "slsIdDocumentNumber", "19FR-48213");
    static final Map<String, String> SAME_DATA_WRITTEN_OTHERWISE = Map.of("slsIdBirthDate", "1984/6/21",
            "slsIdCitizenship", "fr", "slsIdResidence", "JP", "slsIdDocumentType", "PASSPORT",
            "slsIdDocumentNumber", "19 FR 48213");
    static final Map<String, String> OTHER_DATA = Map.of("slsIdBirthDate", "1979-11-02", "slsIdCitizenship", "DE",
            "slsIdResidence", "DE", "slsIdDocumentType", "passport", "slsIdDocumentNumber", "C01X00T47");

    private SharingSteps() {
    }

    /** A DSC+ holder (the usual owner) with {@code data} on record. */
    record CardOwner(DscPlusSteps.TestUser user, DscPlusCard card) {
    }

    /** A Security Code Card holder (the usual requester) with {@code data} on record. */
    record CodeCardHolder(CodeCardSteps.TestUser user, Map<Integer, String> card) {
    }

    static CardOwner dscPlusOwner(KeycloakServer server, AdminClient admin, Map<String, String> data) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "share-owner");
        DscPlusCard card = DscPlusSteps.activeCardHolder(server, admin, user);
        identify(admin, user.id(), data);
        return new CardOwner(user, card);
    }

    static CodeCardHolder codeCardHolder(KeycloakServer server, AdminClient admin, String prefix,
                                         Map<String, String> data) {
        CodeCardSteps.TestUser user = CodeCardSteps.newUser(admin, prefix);
        Map<Integer, String> card = CodeCardSteps.enrol(server, user);
        identify(admin, user.id(), data);
        return new CodeCardHolder(user, card);
    }

    /** Puts identification data on record as Client Services do: the whole user saved with the attributes added. */
    static void identify(AdminClient admin, String userId, Map<String, String> data) {
        ObjectNode user = (ObjectNode) admin.get("/" + REALM + "/users/" + userId);
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        data.forEach((name, value) -> attributes.set(name, AdminClient.array(List.of(value))));
        admin.put("/" + REALM + "/users/" + userId, user);
    }

    /** Logs the code-card holder in with the application asking for {@code kc_action}; returns the action's page. */
    static Page openAction(KeycloakServer server, Browser browser, CodeCardHolder holder, String kcAction) {
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, REDIRECT, Map.of("kc_action", kcAction));
        Page card = login.form("#kc-form-login").set("username", holder.user().username())
                .set("password", holder.user().password()).submit("kc-login");
        assertTrue(card.has(CodeCardSteps.LOGIN_FORM), card::describe);
        return CodeCardSteps.login(card, holder.card());
    }

    static Page enterOwner(Page ownerPage, String username, String password) {
        assertTrue(ownerPage.has(OWNER_FORM), ownerPage::describe);
        return ownerPage.form(OWNER_FORM).set("sls-owner-username", username).set("sls-owner-password", password)
                .submit("sls-continue");
    }

    /** The challenge code a DSC+ challenge page shows. */
    static String shownChallenge(Page page) {
        return page.document().selectFirst(".sls-share-shown").text().trim();
    }

    static String cardResponse(DscPlusCard card, String challenge) {
        DscPlusCard.Display display = card.respond(DscPlusSteps.PIN, challenge);
        assertTrue(display instanceof DscPlusCard.Response, String.valueOf(display));
        return ((DscPlusCard.Response) display).digits();
    }

    /** Types what the owner's card shows for the challenge on {@code page} into {@code formSelector}. */
    static Page answerWithCard(Page page, String formSelector, DscPlusCard card, String button) {
        Form form = page.form(formSelector);
        return form.set("sls-response", cardResponse(card, shownChallenge(page))).submit(button);
    }

    /** Types, for every index number the page shows, the code the card has there. */
    static Page answerWithCodes(Page page, Map<Integer, String> card) {
        List<Integer> shown = page.document().select(".sls-share-shown").stream()
                .map(e -> Integer.parseInt(e.text().trim())).toList();
        Form form = page.form(RESPONSE_FORM);
        List<Integer> fields = form.names().stream().filter(n -> n.startsWith("code-"))
                .map(n -> Integer.parseInt(n.substring(5))).sorted().toList();
        assertEquals(shown, fields, page::describe);
        assertFalse(shown.isEmpty(), page::describe);
        shown.forEach(index -> form.set("code-" + index, card.get(index)));
        return form.submit("sls-continue");
    }

    /** The whole procedure up to the status page, for a request every prerequisite admits. */
    static Page share(KeycloakServer server, Browser browser, CodeCardHolder requester, CardOwner owner) {
        Page ownerPage = openAction(server, browser, requester, "sls-share-device");
        Page challenge = enterOwner(ownerPage, owner.user().username(), owner.user().password());
        assertTrue(challenge.has(RESPONSE_FORM), challenge::describe);
        Page review = answerWithCard(challenge, RESPONSE_FORM, owner.card(), "sls-continue");
        assertTrue(review.has(REVIEW_FORM), review::describe);
        Page status = review.form(REVIEW_FORM).submit("sls-continue");
        assertTrue(status.has(STATUS_FORM), status::describe);
        return status;
    }

    static String state(Page page) {
        return page.document().selectFirst("#sls-share-status").attr("data-state");
    }

    /** The realm's compliance-approval setting, saved with the whole realm; returns the previous value. */
    static String requireApproval(AdminClient admin, String value) {
        ObjectNode realm = (ObjectNode) admin.get("/" + REALM);
        ObjectNode attributes = (ObjectNode) realm.get("attributes");
        JsonNode previous = attributes.get("sls.sharing.compliance-approval");
        attributes.put("sls.sharing.compliance-approval", value);
        admin.put("/" + REALM, realm);
        return previous == null ? "false" : previous.asText();
    }

    static void assertNoShareState(AdminClient admin, String userId) {
        JsonNode credentials = admin.credentials(REALM, userId);
        for (JsonNode credential : credentials) {
            assertTrue(!credential.path("type").asText().equals("sls-shared-device"), credentials::toString);
        }
    }

    static long countOf(JsonNode credentials, String type) {
        int count = 0;
        for (JsonNode credential : credentials) {
            count += credential.path("type").asText().equals(type) ? 1 : 0;
        }
        return count;
    }
}
