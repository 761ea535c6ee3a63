package dev.sls.core.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DeviceMessageTest {

    static DeviceMessage.Builder approve() {
        return DeviceMessage.builder().action("decide").realm("sls-demo").deviceHandle("cred-1")
                .challengeId("ch-9").nonce("n0nce").decision("approve").time(Instant.ofEpochSecond(1_795_392_000L));
    }

    @Test
    void canonicalFormIsFixed() {
        DeviceMessage message = approve().extra("number", "42").extra("amount", "USD 1,000.00").build();
        assertEquals("""
                SLS-DEVICE-MESSAGE-1
                action=decide
                realm=sls-demo
                device=cred-1
                challenge=ch-9
                nonce=n0nce
                decision=approve
                time=1795392000
                x-amount=USD 1,000.00
                x-number=42
                """, new String(message.canonicalBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void everyFieldChangesTheSignedBytes() {
        byte[] base = approve().build().canonicalBytes();
        for (UnaryOperator<DeviceMessage.Builder> change : java.util.List.<UnaryOperator<DeviceMessage.Builder>>of(
                b -> b.action("activate"), b -> b.realm("other"), b -> b.deviceHandle("cred-2"),
                b -> b.challengeId("ch-8"), b -> b.nonce("n0nce2"), b -> b.decision("deny"),
                b -> b.time(Instant.ofEpochSecond(1_795_392_001L)), b -> b.extra("number", "7"))) {
            assertFalse(Arrays.equals(base, change.apply(approve()).build().canonicalBytes()));
        }
    }

    @Test
    void lineBreaksAndMissingFieldsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> approve().nonce("a\ndecision=deny").build());
        assertThrows(IllegalArgumentException.class, () -> approve().realm("r\r").build());
        assertThrows(IllegalArgumentException.class, () -> approve().challengeId(null).build());
        assertThrows(IllegalArgumentException.class, () -> approve().decision("").build());
        assertThrows(IllegalArgumentException.class, () -> approve().nonce("x".repeat(513)).build());
        assertThrows(IllegalArgumentException.class, () -> approve().extra("Bad Name", "1"));
        assertThrows(IllegalArgumentException.class, () -> approve().extra("amount", "1\n2"));
        assertThrows(NullPointerException.class, () -> approve().time(null).build());
    }
}
