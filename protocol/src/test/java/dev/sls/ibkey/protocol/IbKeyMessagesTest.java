package dev.sls.ibkey.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IbKeyMessagesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static DeviceMessage decision(String decision, Integer number, String amount) {
        return decision(decision, number, null, amount);
    }

    private static DeviceMessage decision(String decision, Integer number, String code, String amount) {
        return IbKeyMessages.decision("sls-demo", "u.c", "challenge", decision, number, code, amount,
                "nonce-0123456789abcdef", NOW);
    }

    @Test
    void aSignedApprovalDoesNotCoverAnotherCode() {
        KeyPair keys = DeviceKeys.generate();
        String signature = DeviceSignatures.sign(keys.getPrivate(), decision("approve", null, "123456", null));
        Duration age = Duration.ofMinutes(2);
        assertEquals(DeviceSignatures.Verdict.VALID, DeviceSignatures.verify(keys.getPublic(),
                decision("approve", null, "123456", null), signature, NOW, age, age));
        for (DeviceMessage other : new DeviceMessage[] {decision("approve", null, "123457", null),
            decision("approve", null, null, null), decision("approve", 123456, null, null)}) {
            assertEquals(DeviceSignatures.Verdict.BAD_SIGNATURE,
                    DeviceSignatures.verify(keys.getPublic(), other, signature, NOW, age, age));
        }
    }

    @Test
    void aSignedApprovalDoesNotCoverAnotherNumberAmountOrDecision() {
        KeyPair keys = DeviceKeys.generate();
        String signature = DeviceSignatures.sign(keys.getPrivate(), decision("approve", 42, "100 USD"));
        Duration age = Duration.ofMinutes(2);

        assertEquals(DeviceSignatures.Verdict.VALID, DeviceSignatures.verify(keys.getPublic(),
                decision("approve", 42, "100 USD"), signature, NOW, age, age));
        for (DeviceMessage other : new DeviceMessage[] {decision("approve", 43, "100 USD"),
            decision("approve", 42, "1000 USD"), decision("deny", 42, "100 USD"), decision("approve", null, "100 USD")}) {
            assertEquals(DeviceSignatures.Verdict.BAD_SIGNATURE,
                    DeviceSignatures.verify(keys.getPublic(), other, signature, NOW, age, age));
        }
    }

    @Test
    void aSignedWithdrawalDoesNotCoverAnotherPayee() {
        KeyPair keys = DeviceKeys.generate();
        DeviceMessage signed = payee("ACME Brokerage 1234");
        String signature = DeviceSignatures.sign(keys.getPrivate(), signed);
        Duration age = Duration.ofMinutes(2);
        assertEquals(DeviceSignatures.Verdict.VALID,
                DeviceSignatures.verify(keys.getPublic(), payee("ACME Brokerage 1234"), signature, NOW, age, age));
        for (DeviceMessage other : new DeviceMessage[] {payee("ACME Brokerage 1235"), payee(null)}) {
            assertEquals(DeviceSignatures.Verdict.BAD_SIGNATURE,
                    DeviceSignatures.verify(keys.getPublic(), other, signature, NOW, age, age));
        }
        String text = new String(signed.canonicalBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(!text.contains("x-amount=USD 250,000.00\nx-code=123456\nx-payee=ACME Brokerage 1234\n"), text);
    }

    private static DeviceMessage payee(String payee) {
        return IbKeyMessages.decision("sls-demo", "u.c", "challenge", "approve", null, "123456", "USD 250,000.00",
                payee, "nonce-0123456789abcdef", NOW);
    }

    @Test
    void eachActionSignsDifferentBytes() {
        byte[] list = IbKeyMessages.listChallenges("r", "u.c", "nonce-0123456789abcdef", NOW).canonicalBytes();
        byte[] read = IbKeyMessages.readChallenge("r", "u.c", "-", "nonce-0123456789abcdef", NOW).canonicalBytes();
        assertFalse(Arrays.equals(list, read));
    }

    @Test
    void activationBindsTheKeyTheDeviceAndThePinHash() {
        String key = DeviceKeys.encodePublic(DeviceKeys.generate().getPublic());
        String text = new String(IbKeyMessages.activation("r", "ABCDEFGHJKM", key, "device-1",
                "0123456789abcdef0123456789abcdef01234567", "nonce-0123456789abcdef", NOW).canonicalBytes());
        for (String expected : new String[] {"action=activate", "challenge=ABCDEFGHJKM", "x-device-id=device-1",
            "x-pin-hash=0123456789abcdef0123456789abcdef01234567", "x-public-key=" + key}) {
            assertFalse(!text.contains(expected), expected + " missing from " + text);
        }
    }

    @Test
    void aSignedCibaDecisionDoesNotCoverAnotherBindingMessage() {
        KeyPair keys = DeviceKeys.generate();
        DeviceMessage signed = binding("CALL-4711");
        String signature = DeviceSignatures.sign(keys.getPrivate(), signed);
        Duration age = Duration.ofMinutes(2);
        assertEquals(DeviceSignatures.Verdict.VALID,
                DeviceSignatures.verify(keys.getPublic(), binding("CALL-4711"), signature, NOW, age, age));
        for (DeviceMessage other : new DeviceMessage[] {binding("CALL-4712"), binding(null)}) {
            assertEquals(DeviceSignatures.Verdict.BAD_SIGNATURE,
                    DeviceSignatures.verify(keys.getPublic(), other, signature, NOW, age, age));
        }
        assertEquals("CALL-4711", signed.extras().get("binding"));
    }

    private static DeviceMessage binding(String bindingMessage) {
        return IbKeyMessages.decision("sls-demo", "u.c", "challenge", "approve", null, null, null, null,
                bindingMessage, null, "nonce-0123456789abcdef", NOW);
    }

    @Test
    void aPlainDenySignsWhatOldAppsSignedAndANotMeDenyBindsItsReason() {
        byte[] plain = IbKeyMessages.decision("r", "u.c", "ch", "deny", null, null, "EUR 5.00", null,
                "nonce-0123456789abcdef", NOW).canonicalBytes();
        byte[] throughRequest = IbKeyMessages.decision("r", "u.c", "ch", new dev.sls.ibkey.protocol.api.DecisionRequest(
                "deny", null, null, "EUR 5.00", null, "nonce-0123456789abcdef", NOW.getEpochSecond(), "sig"), NOW)
                .canonicalBytes();
        assertArrayEquals(plain, throughRequest);
        byte[] notMe = IbKeyMessages.decision("r", "u.c", "ch", new dev.sls.ibkey.protocol.api.DecisionRequest(
                "deny", null, null, "EUR 5.00", null, null, IbKeyProtocol.REASON_NOT_ME, "nonce-0123456789abcdef",
                NOW.getEpochSecond(), "sig"), NOW).canonicalBytes();
        assertFalse(Arrays.equals(plain, notMe));
        assertTrue(new String(notMe, java.nio.charset.StandardCharsets.UTF_8).endsWith("x-reason=not_me\n"));
    }
}
