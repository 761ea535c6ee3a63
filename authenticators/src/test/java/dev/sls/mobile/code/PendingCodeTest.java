package dev.sls.mobile.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingCodeTest {

    @Test
    void codesAreSixRandomDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = PendingCode.issue("+819012345678", 1_000, 300).code();
            assertTrue(code.matches("[0-9]{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 190, "codes repeat too often: " + seen.size());
    }

    @Test
    void aCodeIsRepeatedOnlyToItsNumberWhileEnoughOfItsLifetimeIsLeft() {
        PendingCode code = PendingCode.issue("+819012345678", 1_000, 300);
        assertTrue(code.reusableFor("+819012345678", 1_100));
        assertFalse(code.reusableFor("+819012345679", 1_100), "another number gets another code");
        assertFalse(code.reusableFor("+819012345678", 1_250), "less than a minute left: a fresh code");
        assertTrue(code.expired(1_300));
        assertFalse(code.expired(1_299));
    }

    @Test
    void wrongCodesAreCountedAndTheCountTravelsWithTheCode() {
        PendingCode code = PendingCode.issue("+819012345678", 1_000, 300);
        PendingCode counted = code.withFailure().withFailure();
        assertEquals(2, counted.failures());
        assertEquals(code.code(), counted.code());
        assertEquals(Optional.of(counted), PendingCode.parse(counted.format()));
        PendingCode spent = new PendingCode(code.e164(), code.code(), 1_000, 1_300, PendingCode.MAX_FAILURES);
        assertFalse(spent.reusableFor(code.e164(), 1_100), "a code typed wrong too often is not sent again");
    }

    @Test
    void damagedNotesAreIgnoredAndTheCodeNeverPrints() {
        assertEquals(Optional.empty(), PendingCode.parse(null));
        assertEquals(Optional.empty(), PendingCode.parse("+81|12345|1|2|0"));
        assertEquals(Optional.empty(), PendingCode.parse("+81|123456|x|2|0"));
        PendingCode code = PendingCode.issue("+819012345678", 1_000, 300);
        assertFalse(code.toString().contains(code.code()));
    }
}
