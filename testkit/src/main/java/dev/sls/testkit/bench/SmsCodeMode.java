package dev.sls.testkit.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMS codes: each user has a verified default mobile number of their own and the {@code sls-sms} credential; after
 * the password the pack sends a code through the real Twilio SDK to the test kit's local Twilio ({@link FakeTwilio},
 * in a JVM of its own: {@link TwilioProcess}), and the driver reads the code from the message received there and
 * types it. The page does not wait for Twilio: the driver's browser waits for the send as the page's script does
 * (the long poll, then the notice in place), then types the code.
 *
 * <p>Each virtual user takes turns with {@value #ACCOUNTS_PER_USER} accounts: the pack allows a user at most 100
 * SMS codes an hour (its highest setting), and one virtual user logs in several times a second. The realm's other
 * send caps are at their highest and the resend cooldown off ({@code sls-bench-realm.json}).
 */
final class SmsCodeMode implements LoginMode, AutoCloseable {

    static final int ACCOUNTS_PER_USER = 10;
    private static final String ACTION_CONFIG = "/" + BenchRealm.NAME
            + "/authentication/required-actions/sls-phone-verify/config";
    private static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "bench-auth-token-" + Long.toHexString(System.nanoTime());
    private static final String VAULT_KEY = "twilio-token";
    private static final String FROM = "+15005550006";
    private static final String FORM = "#sls-sms-form";
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    /** US area codes whose 555-0100..0199 numbers are reserved for fiction (and valid for libphonenumber). */
    private static final List<String> AREAS = List.of("201", "202", "203", "206", "212", "213", "214", "215", "216",
            "217", "301", "302", "303", "304", "305", "310", "312", "313", "314", "315");
    private static final List<String> PHONE_ATTRIBUTES = List.of("phoneNumber", "phoneNumberVerified",
            "slsPhoneNumbers", "slsPhoneNumbersVerified");

    private final TwilioProcess twilio = TwilioProcess.start();
    private final AtomicInteger numbers = new AtomicInteger();
    private boolean configured;

    @Override
    public String name() {
        return "password + SMS code";
    }

    @Override
    public String clientId() {
        return BenchRealm.SMS_CLIENT;
    }

    @Override
    public int accountsPerUser() {
        return ACCOUNTS_PER_USER;
    }

    @Override
    public Person enrol(KeycloakServer server, AdminClient admin) {
        configure(server, admin);
        String number = nextNumber();
        var credential = AdminClient.object().put("type", "sls-sms").put("credentialData", "{\"enrolment\":\"chosen\"}")
                .put("secretData", "{}");
        BenchRealm.Account account = BenchRealm.newAccount(admin, "sms", Map.of("phoneNumber", number,
                "phoneNumberVerified", "true", "slsPhoneNumbers", number, "slsPhoneNumbersVerified", number),
                credential);
        return new Person() {
            private int messagesSeen;

            @Override
            public BenchRealm.Account account() {
                return account;
            }

            @Override
            public Page secondStep(Page afterPassword) {
                if (!afterPassword.has(FORM)) {
                    throw new IllegalStateException("no SMS code page: " + afterPassword.describe());
                }
                List<String> messages = twilio.messagesTo(number);
                if (messages.size() <= messagesSeen) {
                    throw new IllegalStateException("no new text message to " + number + " after the password");
                }
                messagesSeen = messages.size();
                return afterPassword.form(FORM).set("sls-code", codeIn(messages.get(messages.size() - 1)))
                        .submit("login");
            }
        };
    }

    /**
     * Once: the phone attributes declared in the realm's user profile (admin-edited, as in the demo realm), the auth
     * token in the server's vault, and the realm's phone settings pointed at the local Twilio.
     */
    private synchronized void configure(KeycloakServer server, AdminClient admin) {
        if (configured) {
            return;
        }
        ObjectNode profile = (ObjectNode) admin.get("/" + BenchRealm.NAME + "/users/profile");
        for (String name : PHONE_ATTRIBUTES) {
            ObjectNode attribute = ((ArrayNode) profile.get("attributes")).addObject().put("name", name)
                    .put("multivalued", name.startsWith("sls"));
            ObjectNode permissions = attribute.putObject("permissions");
            permissions.set("view", AdminClient.array(List.of("admin", "user")));
            permissions.set("edit", AdminClient.array(List.of("admin")));
        }
        admin.put("/" + BenchRealm.NAME + "/users/profile", profile);
        try {
            Files.writeString(server.vaultDir().resolve(BenchRealm.NAME + "_" + VAULT_KEY), AUTH_TOKEN,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode config = ((ObjectNode) admin.get(ACTION_CONFIG).get("config")).deepCopy();
        config.put("sls.phone.sender", "twilio").put("sls.phone.twilio.account-sid", ACCOUNT_SID)
                .put("sls.phone.twilio.secret", "${vault." + VAULT_KEY + "}").put("sls.phone.twilio.from", FROM)
                .put("sls.phone.twilio.api-url", twilio.baseUrl());
        ObjectNode body = AdminClient.object();
        body.set("config", config);
        admin.put(ACTION_CONFIG, body);
        configured = true;
    }

    /** A fictional US number (555-01xx), a different one for every account. */
    private String nextNumber() {
        int n = numbers.getAndIncrement();
        if (n >= AREAS.size() * 100) {
            throw new IllegalStateException("more SMS accounts than fictional numbers");
        }
        return "+1" + AREAS.get(n / 100) + "55501" + String.format("%02d", n % 100);
    }

    @Override
    public double outsideCpuSeconds() {
        return twilio.cpuSeconds();
    }

    private static String codeIn(String message) {
        Matcher matcher = CODE.matcher(message);
        if (!matcher.find()) {
            throw new IllegalStateException("no code in " + message);
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        twilio.close();
    }
}
