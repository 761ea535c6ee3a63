package dev.sls.core.ocra;

import static dev.sls.core.ocra.OcraRfc6287VectorsTest.KEY_20;
import static dev.sls.core.ocra.OcraRfc6287VectorsTest.KEY_32;
import static dev.sls.core.ocra.OcraRfc6287VectorsTest.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verification, and the paths RFC 6287's vectors do not reach. Expected values marked "Python" come
 * from an independent script (hmac/hashlib, written from the RFC's DataInput description; the same
 * script reproduces all 70 RFC vectors), never from this code.
 */
class OcraTest {

    private static final OcraSuite SHA1_QN08 = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08");
    private static final OcraInput RFC_INPUT = OcraInput.ofChallenge("11111111"); // RFC C.1 -> 243178

    @Test
    void verifyAcceptsTheRightResponse() {
        assertTrue(Ocra.verify(SHA1_QN08, KEY_20, RFC_INPUT, "243178"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "243179", "237653", "", "24317", "2431780", "0243178", " 243178", "243178 ", "24317a", "２４３１７８",
        "-243178"
    })
    void verifyRejectsWrongResponsesWithoutThrowing(String response) {
        assertFalse(Ocra.verify(SHA1_QN08, KEY_20, RFC_INPUT, response));
    }

    @Test
    void verifyRejectsRightResponseForOtherKeyOrChallenge() {
        assertFalse(Ocra.verify(SHA1_QN08, KEY_32, RFC_INPUT, "243178"));
        assertFalse(Ocra.verify(SHA1_QN08, KEY_20, OcraInput.ofChallenge("22222222"), "243178"));
    }

    @Test
    void preHashedPinGivesTheSameResponseAsThePin() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1");
        OcraInput hashed = OcraInput.builder().counter(0).challenge("12345678")
                .pinHash(hex("7110eda4d09e062aa5e4a390b0a572ac0d2c0220")).build();
        assertEquals("65347737", Ocra.generate(suite, KEY_32, hashed)); // RFC C.1, C=0
    }

    @Test
    void hexChallenges() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QH08");
        assertEquals("84360804", Ocra.generate(suite, KEY_32, OcraInput.ofChallenge("0A1B2C3D"))); // Python
        assertEquals("84360804", Ocra.generate(suite, KEY_32, OcraInput.ofChallenge("0a1b2c3d")));
        assertEquals("95773238", Ocra.generate(suite, KEY_32, OcraInput.ofChallenge("abc"))); // Python, odd length
    }

    @Test
    void numericChallengesAreLeftAlignedHex() {
        // "1" is 0x1, taken as the nibble string "1" padded to 0x10 (Python: 012817)
        assertEquals("012817", Ocra.generate(SHA1_QN08, KEY_20, OcraInput.ofChallenge("1")));
        // leading zeros do not change the number, hence not the response (RFC encoding)
        assertEquals(Ocra.generate(SHA1_QN08, KEY_20, OcraInput.ofChallenge("1")),
                Ocra.generate(SHA1_QN08, KEY_20, OcraInput.ofChallenge("00000001")));
    }

    @Test
    void truncationLengths() {
        OcraInput input = OcraInput.ofChallenge("12345678");
        assertEquals("1118883345", Ocra.generate(OcraSuite.parse("OCRA-1:HOTP-SHA1-10:QN08"), KEY_20, input)); // Python
        assertEquals("6085", Ocra.generate(OcraSuite.parse("OCRA-1:HOTP-SHA1-4:QN08"), KEY_20, input)); // Python
    }

    @Test
    void noTruncationGivesTheWholeHmacInHex() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-0:QN08");
        OcraInput input = OcraInput.ofChallenge("12345678");
        String full = "20c95bc9c4f0508d274e75f3e6e8067cbe44c182"; // Python
        assertEquals(full, Ocra.generate(suite, KEY_20, input));
        assertTrue(Ocra.verify(suite, KEY_20, input, full.toUpperCase()));
        assertFalse(Ocra.verify(suite, KEY_20, input, full.substring(1)));
    }

    @Test
    void sessionInformation() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QA08-S064");
        byte[] session = new byte[64];
        for (int i = 0; i < session.length; i++) {
            session[i] = (byte) i;
        }
        OcraInput input = OcraInput.builder().challenge("SESSION1").sessionInfo(session).build();
        assertEquals("67734219", Ocra.generate(suite, KEY_32, input)); // Python
    }

    @Test
    void everyInputAtOnce() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-6:C-QN08-PSHA256-S004-T30S");
        OcraInput input = OcraInput.builder().counter(42).challenge("12345678").pin("1234")
                .sessionInfo("abcd").timeSteps(55_555_555L).build();
        assertEquals("250508", Ocra.generate(suite, KEY_32, input)); // Python
        OcraInput preHashed = OcraInput.builder().counter(42).challenge("12345678")
                .pinHash(HashAlgorithm.SHA256.digest("1234".getBytes(StandardCharsets.UTF_8)))
                .sessionInfo("abcd".getBytes(StandardCharsets.US_ASCII)).timeSteps(55_555_555L).build();
        assertTrue(Ocra.verify(suite, KEY_32, preHashed, "250508"));
    }

    @Test
    void mutualNumericChallengesAreConcatenatedBeforeEncoding() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN04");
        OcraInput input = OcraInput.builder().mutualChallenges("1234", "5678").build();
        assertEquals("785323", Ocra.generate(suite, KEY_20, input)); // Python, Q = 12345678
    }

    @Test
    void responseDependsOnCounterAndTime() {
        OcraSuite counter = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:C-QN08");
        assertNotEquals(
                Ocra.generate(counter, KEY_32, OcraInput.builder().counter(1).challenge("1234").build()),
                Ocra.generate(counter, KEY_32, OcraInput.builder().counter(2).challenge("1234").build()));
        OcraSuite time = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:QN08-T1M");
        assertNotEquals(
                Ocra.generate(time, KEY_32, OcraInput.builder().timeSteps(1).challenge("1234").build()),
                Ocra.generate(time, KEY_32, OcraInput.builder().timeSteps(2).challenge("1234").build()));
    }

    @Test
    void truncateZeroPads() {
        byte[] mac = new byte[20]; // offset 0, value 0
        assertEquals("000000", Ocra.truncate(mac, 6));
        assertEquals("0000000000", Ocra.truncate(mac, 10));
    }
}
