package dev.sls.codecard.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCardTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedCardHasOneDigitCodePerCell() {
        CodeCard card = CodeCard.generate(new CodeCardSpec(50, 5), random);
        assertEquals(50, card.size());
        assertEquals(5, card.codeLength());
        card.codes().forEach(code -> assertTrue(code.matches("\\d{5}"), code));
        assertEquals(card.codes().get(0), card.codeAt(1));
        assertEquals(card.codes().get(49), card.codeAt(50));
    }

    @Test
    void generatedCardsDiffer() {
        CodeCard a = CodeCard.generate(CodeCardSpec.DEFAULT, random);
        CodeCard b = CodeCard.generate(CodeCardSpec.DEFAULT, random);
        assertFalse(a.codes().equals(b.codes()));
    }

    @Test
    void digitsAreRoughlyUniform() {
        int[] counts = new int[10];
        for (int i = 0; i < 50; i++) {
            for (String code : CodeCard.generate(CodeCardSpec.DEFAULT, random).codes()) {
                code.chars().forEach(c -> counts[c - '0']++);
            }
        }
        // 20,000 digits: each expected 2,000; 1,700..2,300 is > 6 sigma wide.
        for (int count : counts) {
            assertTrue(count > 1_700 && count < 2_300, "digit count " + count);
        }
    }

    @Test
    void indexOutsideCardIsRejected() {
        CodeCard card = CodeCard.generate(CodeCardSpec.DEFAULT, random);
        assertThrows(IllegalArgumentException.class, () -> card.codeAt(0));
        assertThrows(IllegalArgumentException.class, () -> card.codeAt(101));
    }

    @Test
    void ofRejectsMixedOrNonNumericCodes() {
        List<String> twenty = java.util.Collections.nCopies(20, "1234");
        assertEquals(20, CodeCard.of(twenty).size());
        List<String> mixed = new java.util.ArrayList<>(twenty);
        mixed.set(3, "123");
        assertThrows(IllegalArgumentException.class, () -> CodeCard.of(mixed));
        mixed.set(3, "12a4");
        assertThrows(IllegalArgumentException.class, () -> CodeCard.of(mixed));
        assertThrows(IllegalArgumentException.class, () -> CodeCard.of(List.of("1234")));
    }

    @Test
    void specBoundsAreEnforced() {
        assertThrows(IllegalArgumentException.class, () -> new CodeCardSpec(19, 4));
        assertThrows(IllegalArgumentException.class, () -> new CodeCardSpec(201, 4));
        assertThrows(IllegalArgumentException.class, () -> new CodeCardSpec(100, 2));
        assertThrows(IllegalArgumentException.class, () -> new CodeCardSpec(100, 9));
    }

    @Test
    void codesAreNotPrintedByToString() {
        CodeCard card = CodeCard.generate(CodeCardSpec.DEFAULT, random);
        assertFalse(card.toString().contains(card.codeAt(1)));
    }
}
