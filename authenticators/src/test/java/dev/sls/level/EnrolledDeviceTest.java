package dev.sls.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolledDeviceTest {

    private static final UsedDevice CARD = new UsedDevice("sls-code-card", "c1", 1);

    @Test
    void theEnrolmentsMethodsAreAddedForTheDeviceItNames() {
        assertEquals(List.of("pwd", "otp"), EnrolledDevice.apply(List.of("pwd"), "sls-code-card|c1=otp", CARD));
        assertEquals(List.of("pwd", "sms", "tel"),
                EnrolledDevice.apply(List.of("pwd"), "sls-sms|s1=sms tel", new UsedDevice("sls-sms", "s1", 2)));
        assertEquals(List.of("pwd", "otp"), EnrolledDevice.apply(List.of("pwd", "otp"), "sls-code-card|c1=otp", CARD),
                "nothing twice");
    }

    @Test
    void aNoteOfAnotherDeviceOrAMalformedOneChangesNothing() {
        for (String note : new String[] {null, "", "sls-code-card|c2=otp", "sls-ib-key|c1=swk", "sls-code-card|c1",
                "sls-code-card|c1=OTP x"}) {
            assertEquals(List.of("pwd"), EnrolledDevice.apply(List.of("pwd"), note, CARD), String.valueOf(note));
        }
    }
}
