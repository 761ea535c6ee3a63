package dev.sls.core.ocra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OcraChallengesTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void numericHasExactlyTheRequestedDigits() {
        for (int digits = 4; digits <= 64; digits++) {
            String challenge = OcraChallenges.numeric(digits, random);
            assertEquals(digits, challenge.length());
            assertTrue(challenge.matches("[0-9]+"), challenge);
        }
    }

    @Test
    void numericDigitsAreRoughlyUniformInEveryPosition() {
        int samples = 20_000;
        int length = 8;
        int[][] counts = new int[length][10];
        for (int i = 0; i < samples; i++) {
            String challenge = OcraChallenges.numeric(length, random);
            for (int p = 0; p < length; p++) {
                counts[p][challenge.charAt(p) - '0']++;
            }
        }
        // Expected 2000 per cell, standard deviation ~42; 300 is over 7 sigma, so no flaky failures.
        for (int p = 0; p < length; p++) {
            for (int d = 0; d < 10; d++) {
                int count = counts[p][d];
                assertTrue(Math.abs(count - samples / 10) < 300, "position " + p + " digit " + d + ": " + count);
            }
        }
    }

    @Test
    void leadingZerosOccur() {
        boolean seen = false;
        for (int i = 0; i < 1_000 && !seen; i++) {
            seen = OcraChallenges.numeric(4, random).startsWith("0");
        }
        assertTrue(seen);
    }

    @Test
    void challengesDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(OcraChallenges.numeric(16, random));
        }
        assertEquals(100, seen.size());
    }

    @Test
    void otherFormats() {
        assertTrue(OcraChallenges.hexadecimal(10, random).matches("[0-9A-F]{10}"));
        assertTrue(OcraChallenges.alphanumeric(12, random).matches("[A-Za-z0-9]{12}"));
    }

    @Test
    void forSuiteFillsTheMaximumLengthAndIsAccepted() {
        for (String text : new String[] {"OCRA-1:HOTP-SHA1-6:QN08", "OCRA-1:HOTP-SHA1-6:QH40", "OCRA-1:HOTP-SHA1-6:QA64"}) {
            OcraSuite suite = OcraSuite.parse(text);
            String challenge = OcraChallenges.forSuite(suite, random);
            assertEquals(suite.maxChallengeLength(), challenge.length());
            String response = Ocra.generate(suite, OcraRfc6287VectorsTest.KEY_20, OcraInput.ofChallenge(challenge));
            assertEquals(6, response.length());
        }
    }

    @Test
    void rejectsLengthsNoSuiteCanHave() {
        assertThrows(IllegalArgumentException.class, () -> OcraChallenges.numeric(3, random));
        assertThrows(IllegalArgumentException.class, () -> OcraChallenges.numeric(65, random));
        assertThrows(NullPointerException.class, () -> OcraChallenges.numeric(8, null));
    }
}
