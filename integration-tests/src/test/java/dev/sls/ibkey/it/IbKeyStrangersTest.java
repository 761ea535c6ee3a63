package dev.sls.ibkey.it;

import static dev.sls.ibkey.it.IbKeySteps.REALM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.it.BruteForce;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.ClientAddressProxy;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What someone who knows only a device handle, a user id or a challenge id can do to a person: nothing that locks
 * them out, and nothing that tells one state from another.
 */
@ExtendWith(KeycloakExtension.class)
class IbKeyStrangersTest {

    /**
     * Strangers come from addresses of their own (through the test kit's trusted proxy), so their noise never limits
     * the suite's 127.0.0.1.
     */
    private static final AtomicInteger STRANGERS = new AtomicInteger();
    /** Bad signatures one address may send in ten minutes before it is refused outright (DeviceRequests). */
    private static final int BAD_SIGNATURES_PER_IP = 20;

    private static String strangerAddress() {
        return "10.51.100." + (10 + STRANGERS.incrementAndGet());
    }

    @Test
    void unsignedRequestsNeverCountAgainstTheUserAndAreRecorded(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "noise");
        IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        String stranger = strangerAddress();
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
        String stranger = strangerAddress();
        for (String someHandle : List.of(handle, otherCredential, withoutIbKey + ".anything", "nobody.nothing")) {
            seen.add(HandBuiltRequests.unsignedList(server, someHandle, stranger).seen());
            for (String challenge : List.of(live, decided, "AAAAAAAAAAAAAAAAAAAAAA")) {
                seen.add(HandBuiltRequests.unsignedDecision(server, someHandle, challenge, stranger).seen());
            }
        }
        assertEquals(1, seen.size(), "one answer for everything unsigned: " + seen);
        assertTrue(seen.iterator().next().startsWith("401 bad_signature"), seen::toString);
        BruteForce.assertFailures(admin, REALM, e.user().id(), 1); // only the phone's own deny counted
        assertEquals(1, e.app().pending(e.onApp()).challenges().size());
        admin.clearBruteForce(REALM, e.user().id());
        assertTrue(push.has(IbKeySteps.PUSH_FORM));
    }

    @Test
    void junkFromAnAddressIsRefusedOutrightButNeverThePhoneThatSharesIt(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "flood");
        String handle = e.onApp().deviceHandle();
        String shared = strangerAddress();
        for (int i = 0; i < BAD_SIGNATURES_PER_IP; i++) {
            assertEquals(401, HandBuiltRequests.unsignedList(server, handle, shared).status());
        }
        HandBuiltRequests.Answer refused = HandBuiltRequests.unsignedList(server, handle, shared);
        assertEquals("429 rate_limited", refused.status() + " " + refused.error(), refused.body());

        // The person's phone behind the same carrier NAT: the stranger's junk must not silence it.
        e.app().viaProxy(ClientAddressProxy.forClient(shared));
        assertEquals(0, e.app().pending(e.onApp()).challenges().size(), "a correctly signed request from the address");
        Page push = IbKeySteps.password(server, new Browser(), e.user());
        String challengeId = IbKeySteps.onlyPending(e.app(), e.onApp());
        e.app().approve(e.onApp(), challengeId, IbKeySteps.shown(push));
        assertEquals("approved", IbKeySteps.waitState(push, IbKeySteps.PUSH_FORM, 5), "and its decision goes through");
        e.app().viaProxy(null);

        assertEquals(429, HandBuiltRequests.unsignedDecision(server, handle, challengeId, shared).status(),
                "junk from the address is still refused outright");
        assertEquals(401, HandBuiltRequests.unsignedList(server, handle, strangerAddress()).status(),
                "another address is not");
        assertEquals(0, admin.bruteForceStatus(REALM, e.user().id()).path("numFailures").asInt());
    }

    @Test
    void aForgedForwardedForSentStraightToTheServerIsIgnored(KeycloakServer server, AdminClient admin) {
        IbKeySteps.Enrolled e = IbKeySteps.enrolled(server, admin, "forged");
        String handle = e.onApp().deviceHandle();
        // Straight from 127.0.0.9 (not the trusted proxy), a new X-Forwarded-For on every request: were the header
        // believed, each would count against an address of its own and none would ever be refused.
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= BAD_SIGNATURES_PER_IP; i++) {
            statuses.add(HandBuiltRequests.statusFromSource("127.0.0.9", "GET", HandBuiltRequests.api(server)
                    + "/devices/" + handle + "/challenges", null, IbKeyProtocol.HEADER_TIME,
                    String.valueOf(System.currentTimeMillis() / 1000), IbKeyProtocol.HEADER_NONCE,
                    "n" + System.nanoTime() + "aaaaaaaa", IbKeyProtocol.HEADER_SIGNATURE, "MEUCIQDl",
                    "X-Forwarded-For", "10.52." + (i / 200) + "." + (i % 200 + 1)));
        }
        assertEquals(Collections.nCopies(BAD_SIGNATURES_PER_IP, 401),
                statuses.subList(0, statuses.size() - 1));
        assertEquals(429, statuses.get(statuses.size() - 1), "keyed on the real address: " + statuses);
        assertEquals(0, e.app().pending(e.onApp()).challenges().size(), "the phone, at 127.0.0.1, is untouched");
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
            HandBuiltRequests.Answer answer = HandBuiltRequests.sendFrom("10.0.2.77", "POST", HandBuiltRequests.api(server)
                    + "/activations", body, "Content-Type", "application/json");
            assertTrue(answer.status() >= 400 && answer.status() < 500, i + ": " + answer);
        }
    }

    private static String state(String url) {
        return HandBuiltRequests.send("GET", url, null).body().replaceAll(".*\"state\":\"([^\"]*)\".*", "$1");
    }
}
