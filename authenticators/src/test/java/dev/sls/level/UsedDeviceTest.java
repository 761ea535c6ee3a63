package dev.sls.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsedDeviceTest {

    @Test
    void aNoteReadsBackAsTheDeviceItWasWrittenFor() {
        assertEquals(Optional.of(new UsedDevice("sls-ib-key", "c1", 3)), UsedDevice.parse("sls-ib-key|c1|3"));
        assertEquals(Optional.of(new UsedDevice("webauthn", null, 3)), UsedDevice.parse("webauthn||3"));
        assertEquals(Optional.of(new UsedDevice("otp", "c2", null)), UsedDevice.parse("otp|c2|"));
    }

    @Test
    void anythingElseIsNoDevice() {
        for (String note : new String[] {null, "", "|c1|3", "sls-ib-key|c1", "sls-ib-key|c1|three", "a|b|1|2"}) {
            assertTrue(UsedDevice.parse(note).isEmpty(), note);
        }
    }
}
