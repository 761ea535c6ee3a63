package dev.sls.level.it;

import static dev.sls.chooser.it.ChooserSteps.Given.CODE_CARD;
import static dev.sls.chooser.it.ChooserSteps.Given.OTP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.chooser.it.ChooserSteps;
import dev.sls.chooser.it.ChooserSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.server.KeycloakServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo realm's direct-grant flow ("sls direct grant"): a client that turns password grants on gets no token for
 * a person holding a second-factor device — the grant proves only the password — and nothing is counted against the
 * person; people without any device get their token as before.
 */
@ExtendWith(KeycloakExtension.class)
class DirectGrantDeviceGuardTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> passwordGrant(KeycloakServer server, String client, String username,
                                                      String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.realmUrl(ChooserSteps.REALM)
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPasswordGrantGivesNoTokenToADeviceHolder(KeycloakServer server, AdminClient admin) throws Exception {
        String clientId = "password-grant-app-" + Long.toHexString(System.nanoTime());
        String client = admin.post("/" + ChooserSteps.REALM + "/clients", AdminClient.object().put("clientId", clientId)
                .put("publicClient", true).put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true))
                .asText();
        try {
            for (var devices : Set.of(Set.of(CODE_CARD), Set.of(OTP))) {
                TestUser holder = ChooserSteps.person(admin, "grant-holder", devices);
                HttpResponse<String> refused = passwordGrant(server, clientId, holder.username(), holder.password());
                assertEquals(400, refused.statusCode(), refused.body());
                assertEquals("invalid_grant", JSON.readTree(refused.body()).path("error").asText(), refused.body());
                assertEquals(0, admin.bruteForceStatus(ChooserSteps.REALM, holder.id()).path("numFailures").asInt(),
                        "the password was right: nothing is counted");
            }
            String plain = "no-device-" + Long.toHexString(System.nanoTime());
            admin.createUser(ChooserSteps.REALM, plain, "pw-" + plain);
            HttpResponse<String> allowed = passwordGrant(server, clientId, plain, "pw-" + plain);
            assertEquals(200, allowed.statusCode(), allowed.body());
        } finally {
            admin.delete("/" + ChooserSteps.REALM + "/clients/" + client);
        }
    }
}
