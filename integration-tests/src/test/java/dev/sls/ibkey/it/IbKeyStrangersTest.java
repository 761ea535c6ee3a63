package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.SignedHeaders;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What someone who knows only a device handle, a user id or a challenge id can do to a person: nothing that locks
 * them out, and nothing that tells one state from another.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyStrangersTest {

    /** Strangers come from addresses of their own, so their noise never limits the suite's 127.0.0.1. */
    private static final java.util.concurrent.atomic.AtomicInteger STRANGERS = new java.util.concurrent.atomic.AtomicInteger();

    private static String[] strangerAddress() {
        return new String[] {"X-Forwarded-For", "10.51.100." + (10 + STRANGERS.incrementAndGet())};
    }

    @Test
    void unsignedRequestsNeverCountAgainstTheUserAndAreRecorded(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "noise");
        IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String[] stranger = strangerAddress();
        for (int i = 0; i < 6; i++) {
            assertEquals(401, HandBuiltRequests.unsignedDecision(server, e.onApp().deviceHandle(), challengeId,
                    stranger).status());
        }
        assertEquals(0, admin.bruteForceStatus(REALM, e.user().id()).path("numFailures").asInt(),
                "a stranger's noise must not lock the user out");
        assertFalse(admin.bruteForceStatus(REALM, e.user().id()).path("disabled").asBoolean());
        JsonNode events = admin.get("/" + REALM + "/events?type=INVALID_SIGNATURE_ERROR&max=100");
        assertTrue(events.toString().contains(e.onApp().deviceHandle()), "recorded as events: " + events);
        assertEquals(1, e.app().pending(e.onApp()).challenges().size(), "the phone still works");
    }

    @Test
    void everyUnauthenticatedCallerGetsTheSameAnswer(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "oracle");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String live = IbKeySteps.onlyPending(e.app(), e.onApp());
        IbKeySteps.password(server, new Browser(), e.user());
        String decided = e.app().pending(e.onApp()).challenges().stream().map(c -> c.challengeId())
                .filter(id -> !id.equals(live)).findFirst().orElseThrow();
        e.app().deny(e.onApp(), decided);
        String withoutIbKey = admin.createUser(REALM, "noibkey-" + System.nanoTime(), "pw-x");
        String handle = e.onApp().deviceHandle();
        String otherCredential = e.user().id() + ".00000000-0000-0000-0000-000000000000";

        Set<String> seen = new HashSet<>();
        String[] stranger = strangerAddress();
        for (String someHandle : List.of(handle, otherCredential, withoutIbKey + ".anything", "nobody.nothing")) {
            seen.add(HandBuiltRequests.unsignedList(server, someHandle, stranger).seen());
            for (String challenge : List.of(live, decided, "AAAAAAAAAAAAAAAAAAAAAA")) {
                seen.add(HandBuiltRequests.unsignedDecision(server, someHandle, challenge, stranger).seen());
            }
        }
        assertEquals(1, seen.size(), "one answer for everything unsigned: " + seen);
        assertTrue(seen.iterator().next().startsWith("401 bad_signature"), seen::toString);
        assertEquals(1, admin.bruteForceStatus(REALM, e.user().id()).path("numFailures").asInt(),
                "only the phone's own deny counted");
        assertEquals(1, e.app().pending(e.onApp()).challenges().size());
        admin.clearBruteForce(REALM, e.user().id());
        assertTrue(push.has(IbKeySteps.PUSH_FORM));
    }

    @Test
    void anAddressSendingManyBadSignaturesIsRefusedOutrightOthersAreNot(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "flood");
        String handle = e.onApp().deviceHandle();
        String[] stranger = strangerAddress();
        for (int i = 0; i < 20; i++) {
            assertEquals(401, HandBuiltRequests.unsignedList(server, handle, stranger).status());
        }
        SignedHeaders signed = e.app().signListChallenges(e.onApp());
        HandBuiltRequests.Answer blocked = HandBuiltRequests.send("GET", HandBuiltRequests.api(server) + "/devices/"
                + handle + "/challenges", null, IbKeyProtocol.HEADER_TIME, String.valueOf(signed.time()),
                IbKeyProtocol.HEADER_NONCE, signed.nonce(), IbKeyProtocol.HEADER_SIGNATURE, signed.signature(),
                stranger[0], stranger[1]);
        assertEquals(429, blocked.status(), blocked.body());
        assertEquals("rate_limited", blocked.error());
        assertEquals(0, e.app().pending(e.onApp()).challenges().size(), "the phone, at its own address, still works");
        assertEquals(0, admin.bruteForceStatus(REALM, e.user().id()).path("numFailures").asInt());
    }

    @Test
    void aRetiredPhoneIsToldSoOnlyOnceItProvesItself(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "retired");
        IbKeyApp newPhone = IbKeyApp.install("new phone", "android");
        admin.addRequiredAction(REALM, e.user().id(), IbKeySteps.ACTIVATE_ACTION);
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        e.app().approve(e.onApp(), IbKeySteps.onlyPending(e.app(), e.onApp()), IbKeySteps.shown(push));
        IbKeySteps.activateByQr(IbKeySteps.continueAfterDecision(push, "approved"), newPhone);

        DeviceApiException retired = org.junit.jupiter.api.Assertions.assertThrows(DeviceApiException.class,
                () -> e.app().pending(e.onApp()));
        assertEquals("device_retired", retired.error());
        assertEquals("401 bad_signature", HandBuiltRequests.unsignedList(server, e.onApp().deviceHandle(),
                strangerAddress()).seen().substring(0, 17), "without its key, a stranger learns nothing");
    }

    @Test
    void theBrowserWaitsOnASecretOfItsOwnNotOnTheChallengeId(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "secret");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String waitUrl = push.document().selectFirst(IbKeySteps.PUSH_FORM).attr("data-sls-wait-url");
        assertFalse(waitUrl.contains(challengeId), "the phone's and the gateway's id is not the page's");
        String byChallenge = server.realmUrl(REALM) + "/sls/wait/" + challengeId;

        e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push));
        assertEquals("approved", IbKeySteps.waitState(push, IbKeySteps.PUSH_FORM, 5));
        assertEquals("expired", state(byChallenge + "?timeout=0"), "the challenge id tells a stranger nothing");
        assertEquals("expired", state(server.realmUrl(REALM) + "/sls/wait/AAAAAAAAAAAAAAAAAAAAAA?timeout=0"));
        assertEquals("approved", state(waitUrl + "?timeout=0"), "timeout=0 answers the state now");
        assertNotEquals("pending", state(waitUrl + "?timeout=0"));
    }

    @Test
    void malformedPublicKeysAreAlways400(KeycloakServer server) {
        byte[] key = dev.sls.core.signing.DeviceKeys.generate().getPublic().getEncoded();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            byte[] bad = i == 0 ? java.util.Arrays.copyOf(key, key.length + 3) : key.clone();
            if (i > 0) {
                bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
            }
            String body = "{\"activationCode\":\"0000-0000-01-1\",\"publicKey\":\""
                    + java.util.Base64.getEncoder().encodeToString(bad) + "\",\"deviceId\":\"d1\",\"platform\":\"ios\","
                    + "\"nonce\":\"aaaaaaaaaaaaaaaaaaaa\",\"time\":1,\"signature\":\"x\"}";
            HandBuiltRequests.Answer answer = HandBuiltRequests.send("POST", HandBuiltRequests.api(server)
                    + "/activations", body, "Content-Type", "application/json", "X-Forwarded-For", "10.0.2.77");
            assertTrue(answer.status() >= 400 && answer.status() < 500, i + ": " + answer);
        }
    }

    private static String state(String url) {
        return HandBuiltRequests.send("GET", url, null).body().replaceAll(".*\"state\":\"([^\"]*)\".*", "$1");
    }
}
