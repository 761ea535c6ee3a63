package dev.sls.codecard.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCardHasherTest {

    private final CodeCardHasher hasher = new CodeCardHasher(1_000);

    @Test
    void matchesOnlyTheRightCodeAtTheRightIndex() {
        byte[] salt = new byte[CodeCardHasher.SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        CodeCard card = CodeCard.generate(new CodeCardSpec(20, 4), new SecureRandom());
        List<byte[]> hashes = hasher.hashCard(salt, card);
        assertEquals(20, hashes.size());
        for (int index = 1; index <= 20; index++) {
            assertTrue(hasher.matches(salt, index, card.codeAt(index), hashes.get(index - 1)));
        }
        String code = card.codeAt(5);
        String other = code.equals("0000") ? "0001" : "0000";
        assertFalse(hasher.matches(salt, 5, other, hashes.get(4)));
        // the same code in another cell hashes differently: cells cannot be compared with each other
        assertFalse(java.util.Arrays.equals(hasher.hashCell(salt, 5, code), hasher.hashCell(salt, 6, code)));
    }

    @Test
    void saltChangesEveryHash() {
        byte[] a = new byte[16];
        byte[] b = new byte[16];
        b[0] = 1;
        assertFalse(java.util.Arrays.equals(hasher.hashCell(a, 1, "1234"), hasher.hashCell(b, 1, "1234")));
    }

    @Test
    void knownAnswerIsStable() {
        // Vector computed independently (Python hashlib.pbkdf2_hmac) so stored cards stay verifiable: PBKDF2-HMAC-SHA256,
        // password "1234", salt = "salt-of-16-bytes" || int32(7), 1000 iterations, 128-bit output.
        byte[] salt = "salt-of-16-bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = hasher.hashCell(salt, 7, "1234");
        assertEquals(16, expected.length);
        assertArrayEquals(expected, new CodeCardHasher(1_000).hashCell(salt, 7, "1234"));
        assertEquals(KNOWN_ANSWER, HexFormat.of().formatHex(expected));
    }

    @Test
    void iterationBoundsAreEnforced() {
        assertThrows(IllegalArgumentException.class, () -> new CodeCardHasher(0));
        assertThrows(IllegalArgumentException.class, () -> new CodeCardHasher(2_000_000));
    }

    private static final String KNOWN_ANSWER = "be7ed861c01d667f94d4ef74fec750d0";
}
