package dev.sls.core.ocra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OcraSuiteTest {

    @Test
    void parsesPlainNumericSuite() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08");
        assertEquals(HashAlgorithm.SHA1, suite.hashAlgorithm());
        assertEquals(6, suite.digits());
        assertFalse(suite.usesCounter());
        assertEquals(ChallengeFormat.NUMERIC, suite.challengeFormat());
        assertEquals(8, suite.maxChallengeLength());
        assertEquals(Optional.empty(), suite.pinHashAlgorithm());
        assertEquals(OptionalInt.empty(), suite.sessionInfoLength());
        assertEquals(Optional.empty(), suite.timeStep());
        assertEquals("OCRA-1:HOTP-SHA1-6:QN08", suite.toString());
    }

    @Test
    void parsesCounterAndPin() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1");
        assertEquals(HashAlgorithm.SHA256, suite.hashAlgorithm());
        assertEquals(8, suite.digits());
        assertTrue(suite.usesCounter());
        assertEquals(Optional.of(HashAlgorithm.SHA1), suite.pinHashAlgorithm());
    }

    @Test
    void parsesTimeStep() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:QN08-T1M");
        assertEquals(HashAlgorithm.SHA512, suite.hashAlgorithm());
        assertEquals(Optional.of(Duration.ofMinutes(1)), suite.timeStep());
        assertEquals(Optional.of(Duration.ofSeconds(30)), OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08-T30S").timeStep());
        assertEquals(Optional.of(Duration.ofHours(48)), OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08-T48H").timeStep());
    }

    @Test
    void parsesAlphanumericHexAndSession() {
        OcraSuite alpha = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QA08");
        assertEquals(ChallengeFormat.ALPHANUMERIC, alpha.challengeFormat());
        OcraSuite hex = OcraSuite.parse("OCRA-1:HOTP-SHA256-10:QH64-S064");
        assertEquals(ChallengeFormat.HEXADECIMAL, hex.challengeFormat());
        assertEquals(64, hex.maxChallengeLength());
        assertEquals(10, hex.digits());
        assertEquals(OptionalInt.of(64), hex.sessionInfoLength());
    }

    @Test
    void parsesEveryOptionalPartTogether() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-0:C-QA64-PSHA512-S512-T24H");
        assertEquals(0, suite.digits());
        assertTrue(suite.usesCounter());
        assertEquals(64, suite.maxChallengeLength());
        assertEquals(Optional.of(HashAlgorithm.SHA512), suite.pinHashAlgorithm());
        assertEquals(OptionalInt.of(512), suite.sessionInfoLength());
        assertEquals(Optional.of(Duration.ofHours(24)), suite.timeStep());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "OCRA-1:HOTP-SHA1-4:QN04", "OCRA-1:HOTP-SHA1-10:QH04", "OCRA-1:HOTP-SHA512-8:QN08-T1M",
        "OCRA-1:HOTP-SHA512-8:C-QN08", "OCRA-1:HOTP-SHA256-8:QN08-PSHA1", "OCRA-1:HOTP-SHA256-8:QA08-S064",
        "OCRA-1:HOTP-SHA256-6:C-QN08-PSHA256-S004-T30S"
    })
    void toStringIsTheCanonicalSuite(String text) {
        assertEquals(text, OcraSuite.parse(text).toString());
        assertEquals(OcraSuite.parse(text), OcraSuite.parse(text));
        assertEquals(OcraSuite.parse(text).hashCode(), OcraSuite.parse(text).hashCode());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "OCRA-2:HOTP-SHA1-6:QN08",       // unknown version
        "ocra-1:hotp-sha1-6:qn08",       // suites are upper case
        "OCRA-1:HOTP-SHA1-6",            // no DataInput
        "OCRA-1:HOTP-SHA1-6:QN08:X",     // extra part
        "OCRA-1:TOTP-SHA1-6:QN08",       // only HOTP
        "OCRA-1:HOTP-MD5-6:QN08",        // unknown hash
        "OCRA-1:HOTP-SHA384-6:QN08",
        "OCRA-1:HOTP-SHA1-3:QN08",       // digits 0 or 4-10
        "OCRA-1:HOTP-SHA1-11:QN08",
        "OCRA-1:HOTP-SHA1-06:QN08",      // no leading zero
        "OCRA-1:HOTP-SHA1:QN08",
        "OCRA-1:HOTP-SHA1-6:",           // challenge is mandatory
        "OCRA-1:HOTP-SHA1-6:C",
        "OCRA-1:HOTP-SHA1-6:PSHA1",
        "OCRA-1:HOTP-SHA1-6:QX08",       // unknown format
        "OCRA-1:HOTP-SHA1-6:QN03",       // length 04-64
        "OCRA-1:HOTP-SHA1-6:QN65",
        "OCRA-1:HOTP-SHA1-6:QN8",
        "OCRA-1:HOTP-SHA1-6:QN08-C",     // wrong order
        "OCRA-1:HOTP-SHA1-6:QN08-T1M-PSHA1",
        "OCRA-1:HOTP-SHA1-6:QN08-S064-PSHA1",
        "OCRA-1:HOTP-SHA1-6:QN08-PSHA1-PSHA1",
        "OCRA-1:HOTP-SHA1-6:QN08-PMD5",
        "OCRA-1:HOTP-SHA1-6:QN08-S64",   // three digits
        "OCRA-1:HOTP-SHA1-6:QN08-S000",
        "OCRA-1:HOTP-SHA1-6:QN08-T",     // time step needed
        "OCRA-1:HOTP-SHA1-6:QN08-T0S",
        "OCRA-1:HOTP-SHA1-6:QN08-T0H",
        "OCRA-1:HOTP-SHA1-6:QN08-T60S",
        "OCRA-1:HOTP-SHA1-6:QN08-T60M",
        "OCRA-1:HOTP-SHA1-6:QN08-T49H",
        "OCRA-1:HOTP-SHA1-6:QN08-T01M",
        "OCRA-1:HOTP-SHA1-6:QN08-T1D",
        "OCRA-1:HOTP-SHA1-6:C-C-QN08",
        "OCRA-1:HOTP-SHA1-6:QN08-",
        " OCRA-1:HOTP-SHA1-6:QN08"
    })
    void rejectsInvalidSuites(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OcraSuite.parse(text));
        assertTrue(e.getMessage().contains("OCRA suite"), e.getMessage());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertMessage("OCRA-1:HOTP-SHA1-3:QN08", "truncation");
        assertMessage("OCRA-1:HOTP-MD5-6:QN08", "unsupported hash 'MD5'");
        assertMessage("OCRA-1:HOTP-SHA1-6:QN65", "04 to 64");
        assertMessage("OCRA-1:HOTP-SHA1-6:QN08-T60M", "time step");
        assertMessage("OCRA-1:HOTP-SHA1-6:QN08-C", "unexpected DataInput part 'C'");
    }

    @Test
    void timeStepsAtCountsWholeStepsSinceEpoch() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:QN08-T1M");
        // 0x132d0b6 minutes = 1206446760 s; any second within that minute gives the same step.
        assertEquals(0x132d0b6L, suite.timeStepsAt(Instant.ofEpochSecond(1_206_446_760L)));
        assertEquals(0x132d0b6L, suite.timeStepsAt(Instant.ofEpochSecond(1_206_446_819L)));
        assertEquals(0x132d0b7L, suite.timeStepsAt(Instant.ofEpochSecond(1_206_446_820L)));
        assertEquals(40L, OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08-T30S").timeStepsAt(Instant.ofEpochSecond(1_215)));
        assertThrows(IllegalStateException.class,
                () -> OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08").timeStepsAt(Instant.now()));
    }

    @Test
    void suitesDifferingInAnyPartAreNotEqual() {
        assertNotEquals(OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08"), OcraSuite.parse("OCRA-1:HOTP-SHA1-8:QN08"));
    }

    private static void assertMessage(String suite, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OcraSuite.parse(suite));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
