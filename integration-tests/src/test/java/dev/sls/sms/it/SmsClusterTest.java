package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.mobile.it.PhoneConfig;
import dev.sls.mobile.it.PhoneSteps;
import dev.sls.mobile.it.PhoneSteps.TestUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.ClusterExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;
import dev.sls.testkit.server.KeycloakCluster;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SMS codes on the two-node cluster: sent by one node, typed at the other, the send limits counted on both. */
@ExtendWith(ClusterExtension.class)
@SuppressWarnings("try") // the PhoneConfig resources only restore the realm's settings
class SmsClusterTest {

    private static final FakeTwilio twilio = FakeTwilio.shared();

    @Test
    void aCodeSentByOneNodeIsTypedAtTheOtherWhoseCooldownKnowsIt(KeycloakCluster cluster) {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "xsms", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, cluster.node(0), twilio,
                Map.of("sls.phone.resend-cooldown", "120"))) {
            Browser browser = new Browser();
            Page page = PhoneSteps.password(cluster.node(0), browser, user);
            assertTrue(page.has(SmsSteps.FORM), page::describe);
            browser.sendTo(cluster.node(0).baseUrl(), cluster.node(1).baseUrl());
            Page refused = SmsSteps.resend(page, "sms");
            assertTrue(refused.errorText().contains("Too many codes were requested"), refused::describe);
            assertEquals(1, twilio.to(number).size(), "node B kept node A's cooldown");
            Page next = SmsSteps.type(refused, SmsSteps.lastSmsCode(twilio, number));
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }

    @Test
    void twilioAnswersOnTheNodeThatSentAndThePageHearsItOnTheOther(KeycloakCluster cluster) {
        AdminClient admin = AdminClient.forServer(cluster.node(0));
        String number = PhoneSteps.fictionalNumber();
        TestUser user = PhoneSteps.smsUser(admin, "xasync", number);
        try (PhoneConfig ignored = PhoneSteps.twilio(admin, cluster.node(0), twilio, Map.of())) {
            twilio.failNext(FakeTwilio.Failure.slowError(Duration.ofSeconds(1), 400, 21211));
            Browser browser = new Browser().pausingAtSends();
            Page sending = PhoneSteps.password(cluster.node(0), browser, user);
            assertTrue(sending.has(Browser.SEND_STATUS_FORM), sending::describe);
            browser.sendTo(cluster.node(0).baseUrl(), cluster.node(1).baseUrl());
            assertEquals("invalid-number", browser.sendState(sending, 10), "node B's wait heard node A's answer");
            Page refused = browser.followSend(sending);
            assertTrue(refused.errorText().contains("not a valid mobile number"), refused::describe);

            twilio.failNext(FakeTwilio.Failure.slow(Duration.ofSeconds(1)));
            Page calling = SmsSteps.resend(refused, "voice");
            assertTrue(calling.has(Browser.SEND_STATUS_FORM), calling::describe);
            browser.sendTo(cluster.node(1).baseUrl(), cluster.node(0).baseUrl());
            Page called = browser.followSend(calling);
            assertTrue(called.text().contains("We are calling"), called::describe);
            Page next = SmsSteps.type(called, SmsFallbackTest.voiceCode(number));
            assertEquals(user.username(), OidcLogin.finish(next).accessClaims().path("preferred_username").asText());
        }
    }
}
