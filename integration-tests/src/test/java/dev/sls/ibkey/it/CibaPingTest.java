package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.sun.net.httpserver.HttpServer;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CIBA ping mode: the phone's approval makes Keycloak call the client's notification endpoint, then it polls once. */
@ExtendWith(KeycloakExtension.class)
class CibaPingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the client's notification endpoint received: the Authorization header and the body. */
    private record Ping(String authorization, String body) {
    }

    @Test
    void anApprovalPingsTheClientWithItsTokenAndTheAuthReqId(KeycloakServer server, AdminClient admin)
            throws Exception {
        BlockingQueue<Ping> pings = new LinkedBlockingQueue<>();
        HttpServer callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/ciba-ping", exchange -> {
            pings.add(new Ping(exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        callback.start();
        String clientId = "ciba-ping-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "secret-" + UUID.randomUUID();
        String internalId = createPingClient(admin, clientId, secret,
                "http://127.0.0.1:" + callback.getAddress().getPort() + "/ciba-ping");
        try {
            IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "ciba-ping");
            CibaClient client = new CibaClient(server, clientId, secret);
            BearerAccessToken notificationToken = new BearerAccessToken("note-" + UUID.randomUUID());
            AuthRequestID id = client.accepted(e.user().username(),
                    b -> b.bindingMessage("PING-1").clientNotificationToken(notificationToken));
            assertEquals(null, pings.poll(1, TimeUnit.SECONDS), "no ping before the decision");

            assertEquals("approved",
                    e.app().approve(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp()), null).status());
            Ping ping = pings.poll(10, TimeUnit.SECONDS);
            assertNotNull(ping, "the client was pinged");
            assertEquals("Bearer " + notificationToken.getValue(), ping.authorization());
            assertEquals(id.getValue(), JSON.readTree(ping.body()).path("auth_req_id").asText());

            TokenResponse tokens = client.poll(id);
            assertTrue(tokens.indicatesSuccess(), () -> CibaClient.error(tokens).toJSONObject().toString());
            assertEquals("sls-ib-key", CibaClient.idToken(tokens).getJSONObjectClaim("sls_device").get("type"));
        } finally {
            admin.delete("/" + IbKeySteps.REALM + "/clients/" + internalId);
            callback.stop(0);
        }
    }

    private static String createPingClient(AdminClient admin, String clientId, String secret, String endpoint)
            throws IOException {
        ObjectNode client = AdminClient.object();
        client.put("clientId", clientId).put("enabled", true).put("publicClient", false)
                .put("secret", secret).put("standardFlowEnabled", false).put("protocol", "openid-connect");
        client.putObject("attributes").put("oidc.ciba.grant.enabled", "true")
                .put("ciba.backchannel.token.delivery.mode", "ping")
                .put("ciba.backchannel.client.notification.endpoint", endpoint);
        ObjectNode mapper = client.putArray("protocolMappers").addObject();
        mapper.put("name", "sls device").put("protocol", "openid-connect")
                .put("protocolMapper", "sls-device-claim-mapper");
        mapper.putObject("config").put("id.token.claim", "true").put("access.token.claim", "true");
        return admin.post("/" + IbKeySteps.REALM + "/clients", client).asText();
    }
}
