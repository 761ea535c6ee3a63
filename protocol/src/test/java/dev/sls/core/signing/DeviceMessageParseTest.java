package dev.sls.core.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class DeviceMessageParseTest {

    private static String text(DeviceMessage message) {
        return new String(message.canonicalBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aKeptMessageReadsBackToTheSameFieldsAndBytes() {
        DeviceMessage message = DeviceMessageTest.approve().extra("amount", "USD 1,000.00").extra("reason", "not_me")
                .build();
        DeviceMessage read = DeviceMessage.parse(text(message));
        assertArrayEquals(message.canonicalBytes(), read.canonicalBytes());
        assertEquals("USD 1,000.00", read.extras().get("amount"));
        assertEquals("approve", read.decision());
        assertEquals(message.time(), read.time());
    }

    @Test
    void textThatIsNotCanonicalIsRefused() {
        String good = text(DeviceMessageTest.approve().extra("number", "42").build());
        for (String bad : new String[] {null, "", good.substring(0, good.length() - 1), good.replace("SLS-DEVICE-MESSAGE-1", "V2"),
                good.replace("action=", "verb="), good.replace("time=1795392000", "time=soon"),
                good + "amount=1\n", good + "x-b=1\nx-a=2\n", good.replace("realm=", "device=x\nrealm="),
                good.replace("x-number=42\n", "") + "x-NUMBER=42\n"}) {
            assertThrows(IllegalArgumentException.class, () -> DeviceMessage.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void aSignatureChecksAgainstTheKeptTextAndFailsOnAnyChange() {
        KeyPair keys = DeviceKeys.generate();
        DeviceMessage message = DeviceMessageTest.approve().extra("amount", "USD 10.00").build();
        String signature = DeviceSignatures.sign(keys.getPrivate(), message);
        assertTrue(DeviceSignatures.signatureMatches(keys.getPublic(), DeviceMessage.parse(text(message)), signature));
        DeviceMessage tampered = DeviceMessage.parse(text(message).replace("USD 10.00", "USD 10000.00"));
        assertFalse(DeviceSignatures.signatureMatches(keys.getPublic(), tampered, signature));
        assertFalse(DeviceSignatures.signatureMatches(DeviceKeys.generate().getPublic(), message, signature));
    }
}
