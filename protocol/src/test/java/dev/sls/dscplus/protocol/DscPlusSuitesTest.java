package dev.sls.dscplus.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DscPlusSuitesTest {

    /** RFC 6287 Appendix C.1, OCRA-1:HOTP-SHA256-8:QN08-PSHA1, Key32, PIN 1234. */
    @Test
    void theDefaultSuiteGivesTheRfc6287Vectors() {
        byte[] key32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
        String[][] vectors = {{"00000000", "83238735"}, {"11111111", "01501458"}, {"22222222", "17957585"},
            {"33333333", "86776967"}, {"44444444", "86807031"}};
        for (String[] vector : vectors) {
            OcraInput input = OcraInput.builder().challenge(vector[0]).pin("1234").build();
            assertEquals(vector[1], Ocra.generate(DscPlusSuites.DEFAULT, key32, input), vector[0]);
        }
        assertEquals("OCRA-1:HOTP-SHA256-8:QN08-PSHA1", DscPlusSuites.DEFAULT.toString());
    }

    @Test
    void onlySuitesACardCanComputeAreUsable() {
        assertTrue(DscPlusSuites.usable("OCRA-1:HOTP-SHA1-8:C-QN06").usesCounter());
        for (String bad : new String[] {"OCRA-1:HOTP-SHA1-6:QA08", "OCRA-1:HOTP-SHA1-6:QN04", "OCRA-1:HOTP-SHA512-8:QN08-T1M",
            "OCRA-1:HOTP-SHA1-8:QN08-S064", "OCRA-1:HOTP-SHA1-4:QN08", "not a suite"}) {
            assertThrows(IllegalArgumentException.class, () -> DscPlusSuites.usable(bad), bad);
        }
    }

    @Test
    void serialsAreCanonical() {
        assertEquals(Optional.of("DSC00012345"), CardSerial.canonical(" dsc 0001-2345 "));
        for (String bad : new String[] {null, "", "ab1", "DSC_0001", "x".repeat(33), "DSC+0001"}) {
            assertEquals(Optional.empty(), CardSerial.canonical(bad), String.valueOf(bad));
        }
    }
}
