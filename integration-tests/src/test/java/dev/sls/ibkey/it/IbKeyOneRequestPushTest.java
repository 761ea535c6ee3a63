package dev.sls.ibkey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The normal push login is one signed request: the notification carries the whole request, the phone shows it and
 * sends its decision straight away, binding everything it showed. A request shown other than it is, another login's
 * request, or a replayed decision is refused; the typed code still has to match.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyOneRequestPushTest {

    private final BlockingQueue<String> notifications = new ArrayBlockingQueue<>(10);
    private HttpServer gateway;

    @BeforeEach
    void startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/push", exchange -> {
            notifications.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void thePushCarriesTheRequestAndOneSignedDecisionFinishesTheLogin(KeycloakServer server, AdminClient admin)
            throws Exception {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "onereq");
        IbKeyApp app = IbKeyApp.install("phone", "android");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        try (var webhook = webhook(admin)) {
            Page push = IbKeySteps.password(server, new Browser(), user);
            ChallengeContext shown = app.receivePush(nextNotification());
            assertEquals(user.username(), shown.username());
            assertEquals("code", shown.matchMode());
            assertNotNull(shown.clientName());
            assertNotNull(shown.ipAddress());
            assertFalse(nextNotificationText(shown).contains(IbKeySteps.shown(push)), "never the code to type");

            app.approve(onApp, shown, IbKeySteps.shown(push));
            Page next = IbKeySteps.continueAfterDecision(push, "approved");
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void aRequestShownOtherThanItIsAnotherLoginsOrAReplayIsRefused(KeycloakServer server, AdminClient admin)
            throws Exception {
        IbKeySteps.TestUser user = IbKeySteps.newUser(admin, "onereqbad");
        IbKeyApp app = IbKeyApp.install("phone", "android");
        IbKeyUser onApp = IbKeySteps.enrol(server, user, app);
        try (var webhook = webhook(admin)) {
            Page first = IbKeySteps.password(server, new Browser(), user);
            ChallengeContext shownFirst = app.receivePush(nextNotification());
            Thread.sleep(1100); // a second apart, so the two requests differ in more than their ids
            Page second = IbKeySteps.password(server, new Browser(), user);
            ChallengeContext shownSecond = app.receivePush(nextNotification());
            String code = IbKeySteps.shown(first);

            // A forged notification naming another application (or address) for the same challenge.
            ChallengeContext forged = new ChallengeContext(shownFirst.challengeId(), shownFirst.realm(),
                    shownFirst.username(), shownFirst.clientId(), "Your bank", "198.51.100.1", shownFirst.createdAt(),
                    shownFirst.expiresAt(), shownFirst.matchMode(), shownFirst.numberChoices(), shownFirst.amount(),
                    shownFirst.payee(), shownFirst.kind(), shownFirst.bindingMessage());
            assertRefused(IbKeyErrorCode.SHOWN_MISMATCH, () -> app.approve(onApp, forged, code));

            // The first login's request, signed as shown, sent as the decision on the second login.
            DecisionRequest signedFirst = app.signDecision(onApp, shownFirst, IbKeyProtocol.APPROVE, null, code);
            assertRefused(IbKeyErrorCode.BAD_SIGNATURE,
                    () -> app.apiClient().sendDecision(onApp, shownSecond.challengeId(), signedFirst));
            // The first login's request shown under the second one's id, correctly signed: not what waits there.
            ChallengeContext crossed = new ChallengeContext(shownSecond.challengeId(), shownFirst.realm(),
                    shownFirst.username(), shownFirst.clientId(), shownFirst.clientName(), shownFirst.ipAddress(),
                    shownFirst.createdAt(), shownFirst.expiresAt(), shownFirst.matchMode(),
                    shownFirst.numberChoices(), shownFirst.amount(), shownFirst.payee(), shownFirst.kind(),
                    shownFirst.bindingMessage());
            assertRefused(IbKeyErrorCode.SHOWN_MISMATCH, () -> app.approve(onApp, crossed, IbKeySteps.shown(second)));

            // The genuine decision goes through once; its replay is refused.
            app.apiClient().sendDecision(onApp, shownFirst.challengeId(), signedFirst);
            assertEquals("approved", IbKeySteps.waitState(first, IbKeySteps.PUSH_FORM, 10));
            assertRefused(IbKeyErrorCode.REPLAYED_REQUEST,
                    () -> app.apiClient().sendDecision(onApp, shownFirst.challengeId(), signedFirst));

            // The typed code still has to match: the second login's page shows another code.
            assertEquals("code-mismatch", app.approve(onApp, shownSecond, code.equals("000000") ? "111111"
                    : "000000").status());
            assertEquals("code-mismatch", IbKeySteps.waitState(second, IbKeySteps.PUSH_FORM, 10));
        }
    }

    private static void assertRefused(IbKeyErrorCode expected, Runnable call) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, refusal(call));
    }

    private static IbKeyErrorCode refusal(Runnable call) {
        DeviceApiException e = assertThrows(DeviceApiException.class, call::run);
        return (IbKeyErrorCode) e.code().orElseThrow();
    }

    private AutoCloseable webhook(AdminClient admin) {
        String url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/push";
        return AuthenticatorConfig.ibKeyLogin(admin, Map.of("sls.push.sender", "webhook", "sls.push.webhook.url", url));
    }

    private String last;

    private String nextNotification() throws InterruptedException {
        last = notifications.poll(10, TimeUnit.SECONDS);
        assertNotNull(last, "no notification reached the gateway");
        return last;
    }

    private String nextNotificationText(ChallengeContext shown) {
        assertEquals(true, last.contains(shown.challengeId()));
        return last;
    }
}
