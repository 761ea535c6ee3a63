package dev.sls.mobile.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mobile numbers and SMS codes as a person meets them, on the demo realm, with Twilio replaced at its HTTP boundary. */
public final class PhoneSteps {

    public static final String REALM = "sls-demo";
    public static final String CLIENT = "sls-demo-app";
    public static final String REDIRECT = "http://localhost/sls-demo-callback";
    public static final String ACTION = "sls-phone-verify";
    public static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "test-auth-token-" + UUID.randomUUID();
    public static final String FROM = "+15005550006";
    public static final String VAULT_KEY = "twilio-token";
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PhoneSteps() {
    }

    public record TestUser(String username, String password, String id) {
    }

    public static TestUser newUser(AdminClient admin, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + username;
        return new TestUser(username, password, admin.createUser(REALM, username, password));
    }

    /** A user whose second factor is SMS, with {@code e164} verified and the default. */
    public static TestUser smsUser(AdminClient admin, String prefix, String e164) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + username;
        ObjectNode user = AdminClient.object().put("username", username).put("enabled", true)
                .put("emailVerified", true).put("email", username + "@example.test").put("firstName", "Sam")
                .put("lastName", "Tester");
        ObjectNode attributes = user.putObject("attributes");
        attributes.set("phoneNumber", AdminClient.array(List.of(e164)));
        attributes.set("phoneNumberVerified", AdminClient.array(List.of("true")));
        attributes.set("slsPhoneNumbers", AdminClient.array(List.of(e164)));
        attributes.set("slsPhoneNumbersVerified", AdminClient.array(List.of(e164)));
        ArrayNode credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", password).put("temporary", false);
        credentials.addObject().put("type", "sls-sms").put("credentialData", "{\"enrolment\":\"chosen\"}")
                .put("secretData", "{}");
        return new TestUser(username, password, admin.post("/" + REALM + "/users", user).asText());
    }

    /** US area codes whose 555-0100..0199 numbers are reserved for fiction and valid for libphonenumber. */
    private static final String AREAS = "201 202 203 206 212 213 214 215 216 217 301 302 303 304 305 310 312 313"
            + " 314 315 401 402 404 405 406 407 408 409 410 412 501 502 503 504 505 507 508 509 510 512 601 602"
            + " 603 605 606 607 608 609 610 612 701 702 703 704 706 707 708 712 713 714 801 802 803 804 805 806"
            + " 808 810 812 813 901 903 904 906 907 908 909 910 912 913";

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(RANDOM.nextInt(8_000));

    /** A fictional US number (555-01xx), a different one each call of the run (8,000 of them, from a random start). */
    public static String fictionalNumber() {
        String[] areas = AREAS.split(" ");
        int n = Math.floorMod(NEXT_NUMBER.getAndIncrement(), areas.length * 100);
        return "+1" + areas[n / 100] + "55501" + String.format("%02d", n % 100);
    }

    /** Opens the demo client's login and submits username and password; returns the next page. */
    public static Page password(KeycloakServer server, Browser browser, TestUser user, Map<String, String> extra) {
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), CLIENT, REDIRECT, extra);
        return login.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
    }

    public static Page password(KeycloakServer server, Browser browser, TestUser user) {
        return password(server, browser, user, Map.of());
    }

    /** The six digits of a text message's body. */
    public static String codeIn(FakeTwilio.Received message) {
        Matcher matcher = CODE.matcher(message.form().getOrDefault("Body", ""));
        assertTrue(matcher.find(), "no code in " + message.form());
        return matcher.group(1);
    }

    /** The realm's phone settings switched to Twilio (the local one), the auth token in the server's vault. */
    public static PhoneConfig twilio(AdminClient admin, KeycloakServer server, FakeTwilio twilio,
                                     Map<String, String> more) {
        try {
            Files.writeString(server.vaultDir().resolve(REALM + "_" + VAULT_KEY), AUTH_TOKEN, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "sls.phone.sender", "twilio",
                "sls.phone.twilio.account-sid", ACCOUNT_SID,
                "sls.phone.twilio.secret", "${vault." + VAULT_KEY + "}",
                "sls.phone.twilio.from", FROM,
                "sls.phone.twilio.api-url", twilio.baseUrl(),
                "sls.phone.resend-cooldown", "1"));
        settings.putAll(more);
        return PhoneConfig.set(admin, settings);
    }
}
