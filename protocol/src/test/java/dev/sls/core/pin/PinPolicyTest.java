package dev.sls.core.pin;

import static dev.sls.core.pin.PinProblem.COMMON;
import static dev.sls.core.pin.PinProblem.DATE_OR_YEAR;
import static dev.sls.core.pin.PinProblem.NOT_ALLOWED_CHARACTER;
import static dev.sls.core.pin.PinProblem.PERSONAL;
import static dev.sls.core.pin.PinProblem.REPEATED_CHARACTER;
import static dev.sls.core.pin.PinProblem.SEQUENCE;
import static dev.sls.core.pin.PinProblem.TOO_LONG;
import static dev.sls.core.pin.PinProblem.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinPolicyTest {

    private static Set<PinProblem> app(String pin) {
        return PinPolicy.check(PinProfile.APP, pin, List.of("alice", "Newcomer"));
    }

    private static Set<PinProblem> card(String pin) {
        return PinPolicy.check(PinProfile.DSC_PLUS, pin, List.of());
    }

    @Test
    void goodPinsPass() {
        for (String pin : new String[] {"Tw2b!", "k9$Q", "7f3Zq1", "m#4Lp"}) {
            assertEquals(Set.of(), app(pin), pin);
        }
        for (String pin : new String[] {"7391", "4827", "0857"}) {
            assertEquals(Set.of(), card(pin), pin);
        }
    }

    @Test
    void lengthAndCharactersFollowTheProfile() {
        assertEquals(Set.of(TOO_SHORT), app("a1!"));
        assertEquals(Set.of(TOO_SHORT), app(null));
        assertTrue(app("k9$Qx7z").contains(TOO_LONG));
        assertEquals(Set.of(NOT_ALLOWED_CHARACTER), app("ab c1"));
        assertEquals(Set.of(NOT_ALLOWED_CHARACTER), app("ab\u00e9c1"));
        assertEquals(Set.of(NOT_ALLOWED_CHARACTER), card("12a4"));
        assertTrue(card("73918").contains(TOO_LONG));
    }

    @Test
    void guessablePinsAreRefusedWithTheReason() {
        assertTrue(card("0000").contains(REPEATED_CHARACTER));
        assertTrue(app("AAAAaa").contains(REPEATED_CHARACTER));
        assertTrue(card("1234").contains(SEQUENCE));
        assertTrue(card("9876").contains(SEQUENCE));
        assertTrue(app("abcdef").contains(SEQUENCE));
        assertTrue(card("2580").contains(COMMON));
        assertTrue(app("Qwerty").contains(COMMON));
        assertTrue(card("1987").contains(DATE_OR_YEAR));
        assertTrue(card("2512").contains(DATE_OR_YEAR));   // 25 December
        assertTrue(card("0229").contains(DATE_OR_YEAR));   // 29 February, MMDD
        assertTrue(app("311299").contains(DATE_OR_YEAR));
        assertTrue(app("alice1").contains(PERSONAL));
        assertTrue(app("newc").contains(PERSONAL));
    }

    @Test
    void notEveryNumberIsADate() {
        assertEquals(Set.of(), card("4599"));
        assertEquals(Set.of(), card("3313"));
    }

    @Test
    void everyProblemHasAnSlsMessageKey() {
        for (PinProblem problem : PinProblem.values()) {
            assertTrue(problem.messageKey().startsWith("slsPin"), problem.name());
        }
    }
}
