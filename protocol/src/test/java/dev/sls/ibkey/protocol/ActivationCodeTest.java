package dev.sls.ibkey.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private final SecureRandom random = new SecureRandom();

    @Test
    void displayedFormIsShortUnambiguousAndReadsBack() {
        for (int i = 0; i < 1_000; i++) {
            ActivationCode code = ActivationCode.random(random);
            String shown = code.display();
            assertTrue(shown.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}-[0-9A-HJKMNP-TV-Z]"), shown);
            assertEquals(code, ActivationCode.parse(shown).orElseThrow());
            assertEquals(code.canonical(), shown.replace("-", ""));
        }
    }

    @Test
    void knownCheckSymbol() {
        // 0000000001 has the value 1, so its check symbol is ALPHABET[1 mod 29] = '1'; "ZZZZZZZZZZ" is
        // 2^50 - 1, and (2**50 - 1) % 29 == 4 (computed independently, in Python).
        assertEquals('1', ActivationCode.checkSymbol("0000000001"));
        assertEquals('4', ActivationCode.checkSymbol("ZZZZZZZZZZ"));
    }

    @Test
    void handCopiedVariantsAreAccepted() {
        ActivationCode code = ActivationCode.parse("0000-0000-01-1").orElseThrow();
        assertEquals(code, ActivationCode.parse("oooo oooo oi 1").orElseThrow());
        assertEquals(code, ActivationCode.parse("0000000001l").orElseThrow());
        assertEquals("0000-0000-01-1", code.display());
    }

    @Test
    void everySingleSymbolTypoAndNeighbourSwapIsCaughtUnlessThePairIs29Apart() {
        for (int round = 0; round < 200; round++) {
            String canonical = ActivationCode.random(random).canonical();
            for (int pos = 0; pos < ActivationCode.SYMBOLS; pos++) {
                for (char c : ALPHABET.toCharArray()) {
                    int delta = Math.abs(ALPHABET.indexOf(c) - ALPHABET.indexOf(canonical.charAt(pos)));
                    if (delta == 0 || delta == 29) {
                        continue;
                    }
                    String typo = canonical.substring(0, pos) + c + canonical.substring(pos + 1);
                    assertFalse(ActivationCode.parse(typo).isPresent(), typo + " from " + canonical);
                }
                if (pos + 1 < ActivationCode.SYMBOLS) {
                    char a = canonical.charAt(pos);
                    char b = canonical.charAt(pos + 1);
                    int delta = Math.abs(ALPHABET.indexOf(a) - ALPHABET.indexOf(b));
                    if (delta != 0 && delta != 29) {
                        String swapped = canonical.substring(0, pos) + b + a + canonical.substring(pos + 2);
                        assertFalse(ActivationCode.parse(swapped).isPresent(), swapped);
                    }
                }
            }
        }
    }

    @Test
    void malformedInputIsRejected() {
        for (String bad : new String[] {null, "", "0000-0000-01", "0000-0000-01-1-1", "0000-0000-0U-1", "0000#0000#01#1",
                "x".repeat(100), "00000000011\u0000"}) {
            assertFalse(ActivationCode.parse(bad).isPresent(), String.valueOf(bad));
        }
    }

    @Test
    void codesAreRandomAndNotPrinted() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ActivationCode.random(random).canonical());
        }
        assertEquals(10_000, seen.size());
        ActivationCode code = ActivationCode.random(random);
        assertFalse(code.toString().contains(code.canonical().substring(0, 4)));
        assertNotEquals(code, ActivationCode.parse("0000-0000-01-1").orElseThrow());
    }

    @Test
    void problemsAreToldApart() {
        ActivationCode code = ActivationCode.random(new SecureRandom());
        String shown = code.display();
        assertEquals(Optional.empty(), ActivationCode.problem(shown));
        assertEquals(ActivationCode.Problem.WRONG_LENGTH, ActivationCode.problem(shown.substring(1)).orElseThrow());
        assertEquals(ActivationCode.Problem.WRONG_LENGTH, ActivationCode.problem(shown + "7").orElseThrow());
        assertEquals(ActivationCode.Problem.BAD_CHARACTER, ActivationCode.problem("U" + shown.substring(1)).orElseThrow());
        char check = shown.charAt(shown.length() - 1);
        char other = check == '0' ? '1' : '0';
        assertEquals(ActivationCode.Problem.CHECK_SYMBOL_MISMATCH,
                ActivationCode.problem(shown.substring(0, shown.length() - 1) + other).orElseThrow());
    }
}
