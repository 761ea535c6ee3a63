package dev.sls.core.ocra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every test vector of RFC 6287 Appendix C (70 in all), typed in from the RFC's tables. As an
 * independent cross-check, all 70 were also recomputed with a short Python script (hmac/hashlib,
 * written from the RFC's description of DataInput and HOTP truncation, not from this code) and all
 * agreed.
 */
class OcraRfc6287VectorsTest {

    static final byte[] KEY_20 = hex("3132333435363738393031323334353637383930");
    static final byte[] KEY_32 = hex("3132333435363738393031323334353637383930313233343536373839303132");
    static final byte[] KEY_64 = hex("3132333435363738393031323334353637383930"
            + "3132333435363738393031323334353637383930"
            + "3132333435363738393031323334353637383930"
            + "31323334");
    static final String PIN = "1234";
    /** T = 0x132d0b6 as in the RFC's tables: minutes since the epoch, i.e. 2008-03-25T12:06:00Z. */
    static final long TIME_STEPS = 0x132d0b6L;

    @Test
    void standardKeysHaveTheirStatedLengths() {
        assertEquals(20, KEY_20.length);
        assertEquals(32, KEY_32.length);
        assertEquals(64, KEY_64.length);
    }

    @Test
    void pinHashIsSha1OfPin() {
        // RFC 6287 Appendix C: PIN (1234) SHA1 hash value 7110eda4d09e062aa5e4a390b0a572ac0d2c0220
        assertArrayEquals(hex("7110eda4d09e062aa5e4a390b0a572ac0d2c0220"),
                HashAlgorithm.SHA1.digest(PIN.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    // C.1 One-way challenge-response

    @ParameterizedTest(name = "QN08 Q={0}")
    @CsvSource({
        "00000000, 237653", "11111111, 243178", "22222222, 653583", "33333333, 740991",
        "44444444, 608993", "55555555, 388898", "66666666, 816933", "77777777, 224598",
        "88888888, 750600", "99999999, 294470"
    })
    void oneWaySha1(String question, String expected) {
        check("OCRA-1:HOTP-SHA1-6:QN08", KEY_20, OcraInput.ofChallenge(question), expected);
    }

    @ParameterizedTest(name = "C-QN08-PSHA1 C={0}")
    @CsvSource({
        "0, 65347737", "1, 86775851", "2, 78192410", "3, 71565254", "4, 10104329",
        "5, 65983500", "6, 70069104", "7, 91771096", "8, 75011558", "9, 08522129"
    })
    void oneWayCounterAndPin(long counter, String expected) {
        OcraInput input = OcraInput.builder().counter(counter).challenge("12345678").pin(PIN).build();
        check("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1", KEY_32, input, expected);
    }

    @ParameterizedTest(name = "QN08-PSHA1 Q={0}")
    @CsvSource({
        "00000000, 83238735", "11111111, 01501458", "22222222, 17957585", "33333333, 86776967",
        "44444444, 86807031"
    })
    void oneWayPin(String question, String expected) {
        OcraInput input = OcraInput.builder().challenge(question).pin(PIN).build();
        check("OCRA-1:HOTP-SHA256-8:QN08-PSHA1", KEY_32, input, expected);
    }

    @ParameterizedTest(name = "C-QN08 C={0} Q={1}")
    @CsvSource({
        "0, 00000000, 07016083", "1, 11111111, 63947962", "2, 22222222, 70123924",
        "3, 33333333, 25341727", "4, 44444444, 33203315", "5, 55555555, 34205738",
        "6, 66666666, 44343969", "7, 77777777, 51946085", "8, 88888888, 20403879",
        "9, 99999999, 31409299"
    })
    void oneWayCounterSha512(long counter, String question, String expected) {
        OcraInput input = OcraInput.builder().counter(counter).challenge(question).build();
        check("OCRA-1:HOTP-SHA512-8:C-QN08", KEY_64, input, expected);
    }

    @ParameterizedTest(name = "QN08-T1M Q={0}")
    @CsvSource({
        "00000000, 95209754", "11111111, 55907591", "22222222, 22048402", "33333333, 24218844",
        "44444444, 36209546"
    })
    void oneWayTime(String question, String expected) {
        OcraInput input = OcraInput.builder().challenge(question).timeSteps(TIME_STEPS).build();
        check("OCRA-1:HOTP-SHA512-8:QN08-T1M", KEY_64, input, expected);
    }

    // C.2 Mutual challenge-response: the server answers over (QC, QS), the client over (QS, QC).

    @ParameterizedTest(name = "server SHA256 {0}{1}")
    @CsvSource({
        "CLI22220, SRV11110, 28247970", "CLI22221, SRV11111, 01984843", "CLI22222, SRV11112, 65387857",
        "CLI22223, SRV11113, 03351211", "CLI22224, SRV11114, 83412541"
    })
    void mutualServerSha256(String first, String second, String expected) {
        OcraInput input = OcraInput.builder().mutualChallenges(first, second).build();
        check("OCRA-1:HOTP-SHA256-8:QA08", KEY_32, input, expected);
    }

    @ParameterizedTest(name = "client SHA256 {0}{1}")
    @CsvSource({
        "SRV11110, CLI22220, 15510767", "SRV11111, CLI22221, 90175646", "SRV11112, CLI22222, 33777207",
        "SRV11113, CLI22223, 95285278", "SRV11114, CLI22224, 28934924"
    })
    void mutualClientSha256(String first, String second, String expected) {
        OcraInput input = OcraInput.builder().mutualChallenges(first, second).build();
        check("OCRA-1:HOTP-SHA256-8:QA08", KEY_32, input, expected);
    }

    @ParameterizedTest(name = "server SHA512 {0}{1}")
    @CsvSource({
        "CLI22220, SRV11110, 79496648", "CLI22221, SRV11111, 76831980", "CLI22222, SRV11112, 12250499",
        "CLI22223, SRV11113, 90856481", "CLI22224, SRV11114, 12761449"
    })
    void mutualServerSha512(String first, String second, String expected) {
        OcraInput input = OcraInput.builder().mutualChallenges(first, second).build();
        check("OCRA-1:HOTP-SHA512-8:QA08", KEY_64, input, expected);
    }

    @ParameterizedTest(name = "client SHA512 PIN {0}{1}")
    @CsvSource({
        "SRV11110, CLI22220, 18806276", "SRV11111, CLI22221, 70020315", "SRV11112, CLI22222, 01600026",
        "SRV11113, CLI22223, 18951020", "SRV11114, CLI22224, 32528969"
    })
    void mutualClientSha512WithPin(String first, String second, String expected) {
        OcraInput input = OcraInput.builder().mutualChallenges(first, second).pin(PIN).build();
        check("OCRA-1:HOTP-SHA512-8:QA08-PSHA1", KEY_64, input, expected);
    }

    // C.3 Plain signature

    @ParameterizedTest(name = "QA08 Q={0}")
    @CsvSource({
        "SIG10000, 53095496", "SIG11000, 04110475", "SIG12000, 31331128", "SIG13000, 76028668",
        "SIG14000, 46554205"
    })
    void signature(String question, String expected) {
        check("OCRA-1:HOTP-SHA256-8:QA08", KEY_32, OcraInput.ofChallenge(question), expected);
    }

    @ParameterizedTest(name = "QA10-T1M Q={0}")
    @CsvSource({
        "SIG1000000, 77537423", "SIG1100000, 31970405", "SIG1200000, 10235557", "SIG1300000, 95213541",
        "SIG1400000, 65360607"
    })
    void signatureWithTime(String question, String expected) {
        OcraInput input = OcraInput.builder().challenge(question).timeSteps(TIME_STEPS).build();
        check("OCRA-1:HOTP-SHA512-8:QA10-T1M", KEY_64, input, expected);
    }

    @Test
    void numericChallengeIsEncodedAsItsHexValue() {
        // 11111111 = 0xA98AC7, and 12345678 = 0xBC614E: Q starts with those bytes, then zeros.
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08");
        byte[] q = DataInput.question(suite, List.of("11111111"));
        assertEquals(128, q.length);
        assertArrayEquals(hex("a98ac7"), Arrays.copyOf(q, 3));
        assertTrue(Arrays.equals(new byte[125], Arrays.copyOfRange(q, 3, 128)));
        assertArrayEquals(hex("bc614e"), Arrays.copyOf(DataInput.question(suite, List.of("12345678")), 3));
    }

    private static void check(String suiteText, byte[] key, OcraInput input, String expected) {
        OcraSuite suite = OcraSuite.parse(suiteText);
        assertEquals(expected, Ocra.generate(suite, key, input));
        assertTrue(Ocra.verify(suite, key, input, expected));
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
