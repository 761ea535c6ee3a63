package dev.sls.dscplus.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SeedSealTest {

    private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static final byte[] SEED = "12345678901234567890123456789012".getBytes();

    @Test
    void sealedSeedsOpenOnlyWithTheirKeyForTheirCard() {
        SeedSeal seal = SeedSeal.withKey(KEY);
        String sealed = seal.seal(SEED, "card-1");
        assertTrue(SeedSeal.looksSealed(sealed), sealed);
        assertFalse(sealed.contains(Base64.getUrlEncoder().withoutPadding().encodeToString(SEED)));
        assertNotEquals(sealed, seal.seal(SEED, "card-1"), "a fresh nonce every time");
        assertArrayEquals(SEED, seal.open(sealed, "card-1"));
        assertThrows(IllegalArgumentException.class, () -> seal.open(sealed, "card-2"));

        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> SeedSeal.withKey(otherKey).open(sealed, "card-1"));
        assertTrue(other.getMessage().contains("another seed key"));
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThrows(IllegalArgumentException.class, () -> seal.open(tampered, "card-1"));
    }

    @Test
    void keysComeAsHexOrBase64OfAesSizes() {
        assertEquals(SeedSeal.withKey(KEY).keyId(), SeedSeal.withKeyText(HexFormat.of().formatHex(KEY)).keyId());
        assertEquals(SeedSeal.withKey(KEY).keyId(), SeedSeal.withKeyText(Base64.getEncoder().encodeToString(KEY)).keyId());
        assertThrows(IllegalArgumentException.class, () -> SeedSeal.withKey(new byte[20]));
        assertThrows(IllegalArgumentException.class, () -> SeedSeal.withKeyText("not a key!"));
        assertFalse(SeedSeal.withKey(KEY).toString().contains("0011"));
    }
}
