package dev.sls.testkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's own realm, {@value #NAME}, created through the admin REST API at benchmark start (never part of the
 * demo realm): one client per second factor, each bound to a browser flow of password + that factor
 * ({@code sls-bench-realm.json} beside this class). Accounts are made here, each with its own client address.
 */
final class BenchRealm {

    static final String NAME = "sls-bench";
    static final String REDIRECT = "http://localhost/sls-bench-callback";
    static final String OTP_CLIENT = "sls-bench-otp";
    static final String CODE_CARD_CLIENT = "sls-bench-code-card";
    static final String IB_KEY_CLIENT = "sls-bench-ib-key";
    static final String DSC_PLUS_CLIENT = "sls-bench-dscplus";
    static final String SMS_CLIENT = "sls-bench-sms";

    private static final Map<String, String> FLOW_OF_CLIENT = Map.of(
            OTP_CLIENT, "bench built-in otp",
            CODE_CARD_CLIENT, "bench code card",
            IB_KEY_CLIENT, "bench ib key",
            DSC_PLUS_CLIENT, "bench dsc plus",
            SMS_CLIENT, "bench sms");
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** A benchmark user: name, password, and the address its browser comes from (through ClientAddressProxy). */
    record Account(String username, String password, String id, String clientAddress) {
    }

    private BenchRealm() {
    }

    /** Imports the realm and binds each client to its flow. */
    static void create(AdminClient admin) {
        admin.post("", realmFile());
        Map<String, String> flowIds = new java.util.HashMap<>();
        for (JsonNode flow : admin.get("/" + NAME + "/authentication/flows")) {
            flowIds.put(flow.path("alias").asText(), flow.path("id").asText());
        }
        FLOW_OF_CLIENT.forEach((clientId, flow) -> {
            ObjectNode client = (ObjectNode) admin.get("/" + NAME + "/clients?clientId=" + clientId).get(0);
            client.putObject("authenticationFlowBindingOverrides").put("browser", flowIds.get(flow));
            admin.put("/" + NAME + "/clients/" + client.path("id").asText(), client);
        });
    }

    /**
     * A new user with a password (and any {@code extraCredential}, e.g. an OTP secret) and the required actions given.
     * Each account gets its own private address, as different people do, so the per-client-IP send cap (which counts
     * every second-factor send from one address) measures nothing here.
     */
    static Account newAccount(AdminClient admin, String prefix, ObjectNode extraCredential, String... requiredActions) {
        return newAccount(admin, prefix, Map.of(), extraCredential, requiredActions);
    }

    /** As {@link #newAccount(AdminClient, String, ObjectNode, String...)}, with user attributes (one value each). */
    static Account newAccount(AdminClient admin, String prefix, Map<String, String> attributes,
                              ObjectNode extraCredential, String... requiredActions) {
        int n = ACCOUNTS.incrementAndGet();
        String username = prefix + "-" + n;
        String password = "pw-" + username + "-" + Long.toHexString(System.nanoTime());
        ObjectNode user = AdminClient.object().put("username", username).put("enabled", true)
                .put("emailVerified", true).put("email", username + "@bench.test").put("firstName", "Bench")
                .put("lastName", "User " + n);
        if (!attributes.isEmpty()) {
            ObjectNode values = user.putObject("attributes");
            attributes.forEach((name, value) -> values.set(name, AdminClient.array(List.of(value))));
        }
        var credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", password).put("temporary", false);
        if (extraCredential != null) {
            credentials.add(extraCredential);
        }
        var actions = user.putArray("requiredActions");
        for (String action : requiredActions) {
            actions.add(action);
        }
        String id = admin.post("/" + NAME + "/users", user).asText();
        return new Account(username, password, id, "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    private static String realmFile() {
        try (InputStream in = BenchRealm.class.getResourceAsStream("sls-bench-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("sls-bench-realm.json is missing from the test kit");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
