package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceSignatures.Verdict;
import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SigningTest {

    private static final Duration AGE = Duration.ofMinutes(5);
    private static final Instant PHONE_TIME = Instant.parse("2026-03-01T10:00:00.750Z");

    private final IbKeyApp app = IbKeyApp.install("Pixel 8", "android", Clock.fixed(PHONE_TIME, ZoneOffset.UTC));
    private final IbKeyUser user = new IbKeyUser("http://h", "demo", "alice", "cred-1", null, null);
    private final PublicKey key = DeviceKeys.decodePublic(app.publicKey());

    @Test
    void decisionVerifiesOverTheCanonicalMessage() {
        DecisionRequest request = app.signDecision(user, "ch-1", "approve", 47, null, "EUR 1,000.00");
        assertEquals(PHONE_TIME.getEpochSecond(), request.time());
        assertEquals(47, request.number());
        assertEquals(32, request.nonce().length());
        assertEquals(Verdict.VALID, verify(request, "ch-1", 47, "EUR 1,000.00"));
        assertEquals(Verdict.BAD_SIGNATURE, verify(request, "ch-1", 48, "EUR 1,000.00"));
        assertEquals(Verdict.BAD_SIGNATURE, verify(request, "ch-1", 47, "EUR 9,000.00"));
        assertEquals(Verdict.BAD_SIGNATURE, verify(request, "ch-2", 47, "EUR 1,000.00"));
        assertEquals(Verdict.BAD_SIGNATURE, verify(request, "ch-1", 47, null));
    }

    @Test
    void denyWithoutNumberOrAmountVerifies() {
        DecisionRequest request = app.signDecision(user, "ch-1", "deny", null, null, null);
        assertNull(request.number());
        assertEquals(Verdict.VALID, verify(request, "ch-1", null, null));
    }

    @Test
    void noncesAreFreshAndUrlSafe() {
        String first = app.signListChallenges(user).nonce();
        String second = app.signListChallenges(user).nonce();
        assertNotEquals(first, second);
        assertEquals(32, first.length());
        assertEquals(true, first.matches("[A-Za-z0-9_-]{32}"));
    }

    @Test
    void readHeadersVerifyAndFollowThePhoneClock() {
        SignedHeaders headers = app.signReadChallenge(user, "ch-1");
        assertEquals(Verdict.VALID, DeviceSignatures.verify(key, IbKeyMessages.readChallenge("demo", "cred-1", "ch-1",
                headers.nonce(), Instant.ofEpochSecond(headers.time())), headers.signature(), PHONE_TIME, AGE, AGE));
        app.setClock(Clock.offset(app.clock(), Duration.ofHours(-1)));
        SignedHeaders stale = app.signListChallenges(user);
        assertEquals(PHONE_TIME.getEpochSecond() - 3600, stale.time());
        assertEquals(Verdict.STALE, DeviceSignatures.verify(key, IbKeyMessages.listChallenges("demo", "cred-1",
                stale.nonce(), Instant.ofEpochSecond(stale.time())), stale.signature(), PHONE_TIME, AGE, AGE));
    }

    private Verdict verify(DecisionRequest request, String challengeId, Integer number, String amount) {
        return DeviceSignatures.verify(key, IbKeyMessages.decision("demo", "cred-1", challengeId, request.decision(),
                number, null, amount, request.nonce(), Instant.ofEpochSecond(request.time())), request.signature(),
                PHONE_TIME, AGE, AGE);
    }
}
