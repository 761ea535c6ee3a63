package dev.sls.chooser.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.codecard.simulator.PrintedCodeCard;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Form;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.HarnessSettings;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jsoup.nodes.Element;

/** People with several devices on the demo realm, and what they do on "Select Second Factor Device". */
public final class ChooserSteps {

    public static final String REALM = "sls-demo";
    public static final String CLIENT = "sls-demo-app";
    public static final String REDIRECT = "http://localhost/sls-demo-callback";
    public static final String TRANSFERS = "sls-demo-transfers";
    public static final String TRANSFERS_REDIRECT = "http://localhost/sls-demo-transfers-callback";
    public static final String CHOOSER_FORM = "#sls-chooser-form";
    public static final String NEEDED_FORM = "#sls-device-needed-form";
    public static final String CODE_CARD_FORM = "#sls-code-card-form";
    public static final String SMS_FORM = "#sls-sms-form";
    public static final String OTP_FORM = "#kc-otp-login-form";
    public static final String SWITCH_FORM = "#sls-use-another-device-form";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Long> OTP_STEPS = new ConcurrentHashMap<>();

    /** The devices a test person can be given without a login (code card, SMS codes, Keycloak's OTP). */
    public enum Given { CODE_CARD, SMS, OTP }

    public record TestUser(String username, String password, String id, String e164, String otpSecret) {
    }

    private ChooserSteps() {
    }

    /**
     * A person holding the given devices, imported whole (credentials included) through Keycloak's partial import,
     * in this order: the code card is bob's printed demo card, the SMS number a fictional one, the OTP secret random.
     */
    public static TestUser person(AdminClient admin, String prefix, Set<Given> devices) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + username;
        String e164 = devices.contains(Given.SMS) ? PhoneSteps.fictionalNumber() : null;
        String otpSecret = devices.contains(Given.OTP) ? HexFormat.of().formatHex(randomBytes(10)) : null;
        ObjectNode user = AdminClient.object().put("username", username).put("enabled", true)
                .put("emailVerified", true).put("email", username + "@example.test").put("firstName", "Multi")
                .put("lastName", "Device");
        ArrayNode credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", password).put("temporary", false);
        long created = 1_795_392_000_000L;
        for (Given device : EnumSet.copyOf(devices)) {
            switch (device) {
                case CODE_CARD -> {
                    ObjectNode card = bobsCardCredential().deepCopy();
                    card.put("userLabel", "Card of " + username).put("createdDate", created++);
                    credentials.add(card);
                }
                case SMS -> {
                    ObjectNode attributes = user.putObject("attributes");
                    attributes.set("phoneNumber", AdminClient.array(List.of(e164)));
                    attributes.set("phoneNumberVerified", AdminClient.array(List.of("true")));
                    attributes.set("slsPhoneNumbers", AdminClient.array(List.of(e164)));
                    attributes.set("slsPhoneNumbersVerified", AdminClient.array(List.of(e164)));
                    credentials.addObject().put("type", "sls-sms").put("createdDate", created++)
                            .put("credentialData", "{\"enrolment\":\"chosen\"}").put("secretData", "{}");
                }
                case OTP -> credentials.addObject().put("type", "otp").put("userLabel", "Phone app")
                        .put("createdDate", created++)
                        .put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                                + "\"algorithm\":\"HmacSHA1\"}")
                        .put("secretData", "{\"value\":\"" + otpSecret + "\"}");
            }
        }
        ObjectNode body = AdminClient.object().put("ifResourceExists", "FAIL");
        body.putArray("users").add(user);
        AdminClient.Response response = admin.send("POST", "/" + REALM + "/partialImport", body);
        assertEquals(200, response.status(), response.body());
        return new TestUser(username, password, admin.userId(REALM, username), e164, otpSecret);
    }

    public static Page password(KeycloakServer server, Browser browser, TestUser user) {
        return password(server, browser, user, CLIENT, REDIRECT, Map.of());
    }

    public static Page password(KeycloakServer server, Browser browser, TestUser user, String client, String redirect,
                         Map<String, String> extra) {
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), client, redirect, extra);
        return login.form("#kc-form-login").set("username", user.username()).set("password", user.password())
                .submit("kc-login");
    }

    /** The rows of "Select Second Factor Device", by credential type, in page order. */
    public static List<Element> rows(Page chooser) {
        assertTrue(chooser.has(CHOOSER_FORM), chooser::describe);
        return chooser.document().select(CHOOSER_FORM + " .sls-device");
    }

    public static Element row(Page chooser, String credentialType) {
        Element row = chooser.document().selectFirst(CHOOSER_FORM + " .sls-device[data-sls-type=" + credentialType
                + "]");
        assertNotNull(row, () -> credentialType + " not listed on " + chooser.describe());
        return row;
    }

    public static List<String> types(Page chooser) {
        return rows(chooser).stream().map(row -> row.attr("data-sls-type")).toList();
    }

    /** Picks the device on the chooser page and continues, as a person does. */
    public static Page choose(Page chooser, String credentialType) {
        Element radio = row(chooser, credentialType).selectFirst("input[type=radio]");
        assertTrue(!radio.hasAttr("disabled"), () -> credentialType + " cannot be picked on " + chooser.describe());
        return chooser.form(CHOOSER_FORM).set("authenticationExecution", radio.attr("value")).submit("sls-choose");
    }

    public static Page useAnotherDevice(Page devicePage) {
        assertTrue(devicePage.has(SWITCH_FORM), devicePage::describe);
        return devicePage.form(SWITCH_FORM).submit("sls-use-another-device");
    }

    /** Types bob's printed codes at the index numbers the page asks for. */
    public static Page answerCodeCard(Page page) {
        Map<Integer, String> card = bobsCard();
        Form form = page.form(CODE_CARD_FORM);
        form.names().stream().filter(n -> n.startsWith("code-"))
                .forEach(n -> form.set(n, card.get(Integer.parseInt(n.substring(5)))));
        return form.submit("kc-login");
    }

    public static Page answerCodeCardWrongly(Page page) {
        Form form = page.form(CODE_CARD_FORM);
        form.names().stream().filter(n -> n.startsWith("code-")).forEach(n -> form.set(n, "0000"));
        return form.submit("kc-login");
    }

    /** Keycloak's own OTP page, answered with the code an authenticator app shows now. */
    /**
     * Keycloak refuses an authenticator code used before, so two logins of one person in the same 30 s period take
     * the next period's code (inside Keycloak's look-around window of one period), waiting when even that is used.
     */
    public static Page answerOtp(Page page, TestUser user) {
        assertTrue(page.has(OTP_FORM), page::describe);
        return page.form(OTP_FORM).set("otp", unusedOtp(user.otpSecret())).submit("kc-login");
    }

    /** The authenticator code of {@code secret} no earlier login of this test run used (see {@link #answerOtp}). */
    public static String unusedOtp(String secret) {
        long now = System.currentTimeMillis() / 1000 / 30;
        long step = OTP_STEPS.merge(secret, now, (last, current) -> Math.max(last + 1, current));
        long waitMillis = (step - 1) * 30_000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return totp(secret, step * 30);
    }

    /** RFC 6238 with HMAC-SHA1, 6 digits, 30 s: what Keycloak's default OTP policy and every authenticator app use. */
    public static String totp(String secret, long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochSeconds / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers the code card form headless Chromium shows with bob's printed card, and submits it. */
    public static void answerCodeCard(dev.sls.testkit.browser.Chromium chromium) {
        JsonNode names = chromium.eval("Array.from(document.querySelectorAll('" + CODE_CARD_FORM + " input'))"
                + ".map(e => e.name).filter(n => n.startsWith('code-')).join(',')");
        Map<Integer, String> card = bobsCard();
        StringBuilder fill = new StringBuilder();
        for (String name : names.asText().split(",")) {
            fill.append("document.querySelector('input[name=").append(name).append("]').value=")
                    .append(dev.sls.testkit.browser.Chromium.quote(card.get(Integer.parseInt(name.substring(5)))))
                    .append(';');
        }
        chromium.eval(fill + "document.querySelector('#kc-login').click();true");
    }

    public static Map<Integer, String> bobsCard() {
        try {
            PrintedCodeCard card = PrintedCodeCard.parse(
                    Files.readString(HarnessSettings.demoDir().resolve("bob-code-card.txt")));
            return card.answer(IntStream.rangeClosed(1, card.size()).boxed().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode bobsCardCredential() {
        try {
            JsonNode realm = JSON.readTree(Path.of(System.getProperty("sls.realm.dir"), "sls-demo-realm.json").toFile());
            for (JsonNode user : realm.path("users")) {
                if (user.path("username").asText().equals("bob")) {
                    for (JsonNode credential : user.path("credentials")) {
                        if (credential.path("type").asText().equals("sls-code-card")) {
                            return (ObjectNode) credential;
                        }
                    }
                }
            }
            throw new IllegalStateException("bob's card is not in the demo realm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
