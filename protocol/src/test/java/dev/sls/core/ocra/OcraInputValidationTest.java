package dev.sls.core.ocra;

import static dev.sls.core.ocra.OcraRfc6287VectorsTest.KEY_20;
import static dev.sls.core.ocra.OcraRfc6287VectorsTest.KEY_32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OcraInputValidationTest {

    private static final String SECRET_PIN = "918273";
    private static final String SECRET_CHALLENGE = "13572468";

    private static final OcraSuite PLAIN = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QN08");
    private static final OcraSuite FULL = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1-S004-T1M");

    @Test
    void missingInputsAreNamed() {
        assertRejected(FULL, OcraInput.builder().challenge(SECRET_CHALLENGE).pin(SECRET_PIN)
                .sessionInfo("abcd").timeSteps(1).build(), "requires a counter (C)");
        assertRejected(FULL, OcraInput.builder().counter(1).pin(SECRET_PIN)
                .sessionInfo("abcd").timeSteps(1).build(), "requires a challenge (Q)");
        assertRejected(FULL, OcraInput.builder().counter(1).challenge(SECRET_CHALLENGE)
                .sessionInfo("abcd").timeSteps(1).build(), "requires a PIN (P)");
        assertRejected(FULL, OcraInput.builder().counter(1).challenge(SECRET_CHALLENGE).pin(SECRET_PIN)
                .timeSteps(1).build(), "requires session information (S)");
        assertRejected(FULL, OcraInput.builder().counter(1).challenge(SECRET_CHALLENGE).pin(SECRET_PIN)
                .sessionInfo("abcd").build(), "requires a timestamp (T)");
    }

    @Test
    void superfluousInputsAreNamed() {
        assertRejected(PLAIN, OcraInput.builder().challenge(SECRET_CHALLENGE).counter(3).build(), "takes no counter (C)");
        assertRejected(PLAIN, OcraInput.builder().challenge(SECRET_CHALLENGE).pin(SECRET_PIN).build(), "takes no PIN (P)");
        assertRejected(PLAIN, OcraInput.builder().challenge(SECRET_CHALLENGE).pinHash(new byte[20]).build(),
                "takes no PIN (P)");
        assertRejected(PLAIN, OcraInput.builder().challenge(SECRET_CHALLENGE).sessionInfo("abcd").build(),
                "takes no session information (S)");
        assertRejected(PLAIN, OcraInput.builder().challenge(SECRET_CHALLENGE).timeSteps(5).build(),
                "takes no timestamp (T)");
    }

    @Test
    void challengeLengthIsChecked() {
        assertRejected(PLAIN, OcraInput.ofChallenge("135724680"), "1 to 8 characters");
        assertRejected(PLAIN, OcraInput.ofChallenge(""), "1 to 8 characters");
        assertRejected(PLAIN, OcraInput.builder().mutualChallenges("1234", "135724680").build(), "1 to 8 characters");
    }

    @Test
    void challengeCharactersAreCheckedAgainstTheFormat() {
        assertRejected(PLAIN, OcraInput.ofChallenge("1357246A"), "numeric");
        assertRejected(PLAIN, OcraInput.ofChallenge("-1357246"), "numeric");
        assertRejected(PLAIN, OcraInput.ofChallenge("1357\u0662468"), "numeric"); // Arabic-Indic digit
        OcraSuite hex = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QH08");
        assertRejected(hex, OcraInput.ofChallenge("13572G68"), "hexadecimal");
        OcraSuite alpha = OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QA08");
        assertRejected(alpha, OcraInput.ofChallenge("SIG 1357"), "alphanumeric");
        assertRejected(alpha, OcraInput.ofChallenge("SIG\u00e91357"), "alphanumeric");
    }

    @Test
    void pinHashAndSessionLengthsAreChecked() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08-PSHA256-S004");
        assertRejected(suite, OcraInput.builder().challenge(SECRET_CHALLENGE).pinHash(new byte[20])
                .sessionInfo("abcd").build(), "PIN hash must be 32 bytes");
        assertRejected(suite, OcraInput.builder().challenge(SECRET_CHALLENGE).pin(SECRET_PIN)
                .sessionInfo("abcde").build(), "exactly 4 bytes");
    }

    @Test
    void builderRejectsNegativesNullsAndDoubleSettings() {
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().counter(-1));
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().timeSteps(-1));
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().challenge(null));
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().pin(null));
        assertThrows(IllegalArgumentException.class, () -> OcraInput.builder().sessionInfo((byte[]) null));
        assertThrows(IllegalStateException.class, () -> OcraInput.builder().pin("1").pinHash(new byte[20]));
        assertThrows(IllegalStateException.class, () -> OcraInput.builder().challenge("1").mutualChallenges("1", "2"));
    }

    @Test
    void emptyOrMissingKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ocra.generate(PLAIN, new byte[0], OcraInput.ofChallenge("1")));
        assertThrows(IllegalArgumentException.class, () -> Ocra.generate(PLAIN, null, OcraInput.ofChallenge("1")));
    }

    @Test
    void toStringShowsNoSecrets() {
        OcraInput input = OcraInput.builder().counter(7).challenge(SECRET_CHALLENGE).pin(SECRET_PIN)
                .sessionInfo("wxyz").timeSteps(99).build();
        String text = input.toString();
        assertFalse(text.contains(SECRET_CHALLENGE), text);
        assertFalse(text.contains(SECRET_PIN), text);
        assertFalse(text.contains("wxyz"), text);
        assertTrue(text.contains("pin=present"), text);
    }

    @Test
    void inputIsNotChangedByLaterEditsOfTheCallersArrays() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QA08-S004");
        byte[] session = {1, 2, 3, 4};
        OcraInput input = OcraInput.builder().challenge("ABCD").sessionInfo(session).build();
        String before = Ocra.generate(suite, KEY_32, input);
        session[0] = 9;
        assertEquals(before, Ocra.generate(suite, KEY_32, input));
    }

    private static void assertRejected(OcraSuite suite, OcraInput input, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ocra.generate(suite, KEY_20, input));
        String message = e.getMessage();
        assertTrue(message.contains(fragment), message);
        assertFalse(message.contains(SECRET_PIN), message);
        assertFalse(message.contains(SECRET_CHALLENGE), message);
        assertFalse(message.contains("3132333435"), message);
        // verify() treats a malformed input as the caller's mistake as well.
        assertThrows(IllegalArgumentException.class, () -> Ocra.verify(suite, KEY_20, input, "000000"));
    }
}
