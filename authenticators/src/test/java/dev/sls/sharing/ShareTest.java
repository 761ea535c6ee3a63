package dev.sls.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void aShareReadsBackAsWritten() {
        Share pending = Share.requested("owner-id", "card-id", "sls-dsc-plus", 1_800_000_000L);
        assertEquals(Optional.of(pending), Share.decode(pending.encode(), "pending"));
        Share approved = pending.decided(Share.State.APPROVED, 1_800_000_100L);
        assertEquals(Optional.of(approved), Share.decode(approved.encode(), "approved"));
    }

    @Test
    void anythingElseReadsAsNoShare() {
        String encoded = Share.requested("owner-id", "card-id", "sls-dsc-plus", 1L).encode();
        assertEquals(Optional.empty(), Share.decode(encoded, "APPROVED"));
        assertEquals(Optional.empty(), Share.decode(encoded, null));
        assertEquals(Optional.empty(), Share.decode(null, "pending"));
        assertEquals(Optional.empty(), Share.decode("a|b|c", "pending"));
        assertEquals(Optional.empty(), Share.decode(encoded.replace("|1|", "|x|"), "pending"));
        assertEquals(Optional.empty(), Share.decode("|owner|card|sls-dsc-plus|1|0", "pending"));
        assertThrows(IllegalArgumentException.class, () -> Share.requested("a|b", "card", "sls-dsc-plus", 1L));
    }

    @Test
    void anOwnerIsShownMasked() {
        assertEquals("c***l", SharedDevices.masked("carol"));
        assertEquals("b***", SharedDevices.masked("bob"));
        assertEquals("***", SharedDevices.masked(""));
        assertTrue(SharedDevices.masked("ｃａｒｏｌ").startsWith("ｃ***"));
    }
}
