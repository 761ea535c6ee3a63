package dev.sls.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * How the harness calls the SLS admin API ({@code /admin/realms/{realm}/sls/...}): as the service account of a
 * confidential master-realm client, {@value #CLIENT_ID}, explicitly granted {@code manage-users} (and
 * {@code manage-realm}, for the withdrawal settings) of each realm it is used on. The SLS admin API refuses
 * password-only tokens, so the bootstrap admin's password grant is kept for Keycloak's own admin API only. The
 * client is made through that API on first use (never part of a realm file: its secret would be a known one).
 */
final class SlsAdminServiceAccount {

    static final String CLIENT_ID = "sls-test-admin";
    private static final Duration TOKEN_MAX_AGE = Duration.ofSeconds(50);
    private static final String[] ROLES = {"manage-users", "manage-realm"};

    private final String baseUrl;
    private final AdminClient master;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> grantedRealms = new HashSet<>();
    private String clientUuid;
    private String secret;
    private String token;
    private Instant tokenTime = Instant.EPOCH;

    SlsAdminServiceAccount(String baseUrl, AdminClient master) {
        this.baseUrl = baseUrl;
        this.master = master;
    }

    /** A client-credentials token whose service account may use the SLS admin API of {@code realm}. */
    synchronized String token(String realm) {
        if (clientUuid == null) {
            clientUuid = existingOrNewClient();
            secret = master.get("/master/clients/" + clientUuid + "/client-secret").path("value").asText();
        }
        if (grantedRealms.add(realm)) {
            grant(realm);
            token = null;
        }
        if (token == null || Instant.now().isAfter(tokenTime.plus(TOKEN_MAX_AGE))) {
            Instant requested = Instant.now();
            token = clientCredentials();
            tokenTime = requested;
        }
        return token;
    }

    /** Deletes the client (the demo server keeps no harness client once it has provisioned the demo). */
    synchronized void delete() {
        JsonNode found = master.get("/master/clients?clientId=" + CLIENT_ID);
        if (found.isArray() && !found.isEmpty()) {
            master.delete("/master/clients/" + found.get(0).path("id").asText());
        }
        clientUuid = null;
        secret = null;
        token = null;
        grantedRealms.clear();
    }

    private String existingOrNewClient() {
        JsonNode found = master.get("/master/clients?clientId=" + CLIENT_ID);
        if (found.isArray() && !found.isEmpty()) {
            return found.get(0).path("id").asText();
        }
        ObjectNode client = AdminClient.object().put("clientId", CLIENT_ID).put("enabled", true)
                .put("publicClient", false).put("serviceAccountsEnabled", true).put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false).put("clientAuthenticatorType", "client-secret")
                .put("description", "Test harness: calls the SLS admin API as a service account");
        return master.post("/master/clients", client).asText();
    }

    /** Maps the realm's admin roles (held by master's {@code <realm>-realm} client) to the service account. */
    private void grant(String realm) {
        String user = master.get("/master/clients/" + clientUuid + "/service-account-user").path("id").asText();
        String adminClient = master.get("/master/clients?clientId=" + AdminClient.enc(realm + "-realm"))
                .get(0).path("id").asText();
        ArrayNode roles = AdminClient.object().arrayNode();
        for (String role : ROLES) {
            roles.add(master.get("/master/clients/" + adminClient + "/roles/" + role));
        }
        master.post("/master/users/" + user + "/role-mappings/clients/" + adminClient, roles);
    }

    private String clientCredentials() {
        String form = "grant_type=client_credentials&client_id=" + AdminClient.enc(CLIENT_ID)
                + "&client_secret=" + AdminClient.enc(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AdminClient.HttpError("POST", request.uri(), response.statusCode(), response.body());
            }
            return AdminClient.parse(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Client-credentials grant for " + CLIENT_ID + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the client-credentials grant", e);
        }
    }
}
