package dev.sls.mobile.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.codecard.simulator.PrintedCodeCard;
import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.HarnessSettings;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who gets SMS codes: a person with another Secure Login device keeps it and may add SMS; the account console's set-up
 * (kc_action) opens the numbers page; and bad input on these pages changes nothing and never gives a 5xx.
 */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class NumberEnrolmentTest {

    private static final Map<String, String> SET_UP = Map.of("kc_action", PhoneSteps.ACTION);
    private static final FakeTwilio twilio = FakeTwilio.shared();

    @Test
    void aPersonWithACodeCardIsNotEnrolledAutomaticallyButMayAddSmsCodes(KeycloakServer server, AdminClient admin)
            throws IOException {
        TestUser user = cardHolder(admin);
        String number = PhoneSteps.fictionalNumber();
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page numbers = answerBobsCard(PhoneSteps.password(server, new Browser(), user, SET_UP));
            assertTrue(numbers.has(NumberVerificationTest.ADD_FORM), numbers::describe);
            Page confirm = NumberVerificationTest.add(numbers, "US", number);
            Page verified = confirm.form(NumberVerificationTest.CONFIRM_FORM)
                    .set("sls-code", PhoneSteps.codeIn(twilio.lastMessage(number).orElseThrow())).submit("sls-confirm");
            assertFalse(NumberVerificationTest.types(admin, user).contains("sls-sms"), "has a card: no automatic SMS");

            Page enrolled = verified.form("#sls-phone-done-form").submit("sls-enrol");
            assertTrue(NumberVerificationTest.types(admin, user).containsAll(List.of("sls-code-card", "sls-sms")),
                    NumberVerificationTest.types(admin, user).toString());
            assertFalse(enrolled.has("#sls-enrol"), enrolled::describe);
            OidcLogin.finish(enrolled.form("#sls-phone-done-form").submit("sls-done"));
        }
    }

    @Test
    void theAccountConsolesSetUpOpensTheNumbersOfAnSmsUser(KeycloakServer server, AdminClient admin) {
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "aia", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page sms = PhoneSteps.password(server, new Browser(), user, SET_UP);
            Page numbers = sms.form("#sls-sms-form").set("sls-code", PhoneSteps.codeIn(twilio.lastMessage(number)
                    .orElseThrow())).submit("login");
            assertTrue(numbers.has(NumberVerificationTest.ADD_FORM), numbers::describe);
            String row = numbers.document().select("#sls-phone-list .sls-phone-row").text();
            assertTrue(row.contains("+1 ••• ••• " + number.substring(number.length() - 2)) && row.contains("Default"), row);
            assertFalse(numbers.html().contains(number.substring(2)), "the whole number is never on the page");
            assertTrue(numbers.has("#sls-cancel"), "an application-initiated action can be cancelled");
        }
    }

    @Test
    void badInputOnTheNumberAndCodePagesChangesNothingAndNeverGivesA5xx(KeycloakServer server, AdminClient admin) {
        TestUser user = PhoneSteps.newUser(admin, "bad-input");
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            admin.addRequiredAction(PhoneSteps.REALM, user.id(), PhoneSteps.ACTION);
            Page page = PhoneSteps.password(server, new Browser(), user);
            page = NumberVerificationTest.add(page, "ZZZ", "x".repeat(5_000));
            assertEquals(200, page.status(), page::describe);
            assertTrue(page.errorText().contains("letters are not accepted"), page::describe);
            page = NumberVerificationTest.add(page, "US", "+1" + "5".repeat(60));
            assertEquals(200, page.status(), page::describe);
            Page confirm = NumberVerificationTest.add(page, "US", PhoneSteps.fictionalNumber());
            Page wrong = confirm.form(NumberVerificationTest.CONFIRM_FORM).set("sls-code", "9".repeat(10_000))
                    .submit("sls-confirm");
            assertEquals(200, wrong.status(), wrong::describe);
            assertTrue(wrong.errorText().contains("not correct"), wrong::describe);
            page = wrong.form("#sls-phone-back-form").submit("sls-back");
            for (String target : List.of("abc", "99", "-1", "")) {
                page = page.form("#sls-phone-list .sls-phone-row[data-index=0] form").set("sls-target", target)
                        .submit("sls-remove-0");
                assertEquals(200, page.status(), page::describe);
                assertEquals(1, page.document().select("#sls-phone-list .sls-phone-row").size(), page::describe);
            }
            assertEquals(List.of("password"), NumberVerificationTest.types(admin, user));
        }
        String number = PhoneSteps.fictionalNumber();
        TestUser smsUser = PhoneSteps.smsUser(admin, "bad-code", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, server, twilio, Map.of())) {
            Page sms = PhoneSteps.password(server, new Browser(), smsUser);
            Page refused = sms.form("#sls-sms-form").set("sls-code", "1".repeat(10_000)).set("sls-action", "nonsense")
                    .submit("login");
            assertEquals(200, refused.status(), refused::describe);
            assertFalse(refused.isRedirect(), refused::describe);
            admin.clearBruteForce(PhoneSteps.REALM, smsUser.id());
        }
    }

    /** A user holding a copy of bob's demo card (the realm file's credential, hashes only). */
    private static TestUser cardHolder(AdminClient admin) throws IOException {
        Path realmFile = Path.of(System.getProperty(HarnessSettings.REALM_DIR)).resolve("sls-demo-realm.json");
        JsonNode realm = new ObjectMapper().readTree(Files.readString(realmFile));
        JsonNode card = null;
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals("bob")) {
                for (JsonNode credential : user.path("credentials")) {
                    if (credential.path("type").asText().equals("sls-code-card")) {
                        card = credential;
                    }
                }
            }
        }
        String username = "card-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode user = AdminClient.object().put("username", username).put("enabled", true)
                .put("emailVerified", true).put("email", username + "@example.test").put("firstName", "Cara")
                .put("lastName", "Holder");
        user.putArray("credentials").add(AdminClient.object().put("type", "password").put("value", "pw-" + username)
                .put("temporary", false)).add(((ObjectNode) card).deepCopy());
        return new TestUser(username, "pw-" + username, admin.post("/" + PhoneSteps.REALM + "/users", user).asText());
    }

    /** Types, on the code-card login page, the codes of bob's printed card. */
    private static Page answerBobsCard(Page cardPage) throws IOException {
        PrintedCodeCard card = PrintedCodeCard.parse(Files.readString(HarnessSettings.demoDir()
                .resolve("bob-code-card.txt")));
        List<Integer> asked = cardPage.document().select("#sls-code-card-indexes .sls-index").stream()
                .map(e -> Integer.parseInt(e.text().trim())).toList();
        Form form = cardPage.form("#sls-code-card-form");
        card.answer(asked).forEach((index, code) -> form.set("code-" + index, code));
        return form.submit("kc-login");
    }
}
