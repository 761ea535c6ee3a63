package dev.sls.binding.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistoryEntryTest {

    @Test
    void aLineHoldsOnlyShortPublicFacts() {
        HistoryEntry entry = HistoryEntry.of(HistoryEvent.RECOVERED, "sls-ib-key", "c1", "  " + "x".repeat(100), "sms+pin")
                .withPublicKey("MFkw").by("helen");
        assertEquals(64, entry.label().length(), "labels are clipped");
        assertEquals("sms+pin", entry.proof());
        assertEquals("MFkw", entry.publicKey());
        assertEquals("helen", entry.actor());
        assertEquals("recovered", entry.event().wire());
    }

    @Test
    void freeTextCannotHideInTheProofOrTheType() {
        assertThrows(IllegalArgumentException.class,
                () -> HistoryEntry.of(HistoryEvent.ACTIVATED, "sls-ib-key", null, null, "code 123456 sent"));
        assertThrows(IllegalArgumentException.class,
                () -> HistoryEntry.of(HistoryEvent.ACTIVATED, "Not A Type", null, null, "qr"));
        assertThrows(IllegalArgumentException.class,
                () -> HistoryEntry.of(HistoryEvent.ACTIVATED, "sls-ib-key", null, null, "qr").withPublicKey("k".repeat(513)));
        assertThrows(NullPointerException.class, () -> HistoryEntry.of(null, "sls-ib-key", null, null, "qr"));
    }
}
