package dev.sls.temporary.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryCodeTest {

    @Test
    void codesAreRandomTwelveCharactersReadBackLeniently() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = TemporaryCode.generate(random);
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{12}"), code);
            assertTrue(seen.add(code));
            String shown = TemporaryCode.display(code);
            assertEquals(Optional.of(code), TemporaryCode.normalise(" " + shown.toLowerCase() + " "));
        }
        assertEquals(Optional.of("0111ABCDEFGH"), TemporaryCode.normalise("oIl1-abcd-efgh"));
        for (String bad : new String[] {null, "", "ABCD-EFGH-JKM", "ABCD-EFGH-JKMNP", "ABCD-EFGH-JKU!", "x".repeat(41)}) {
            assertEquals(Optional.empty(), TemporaryCode.normalise(bad), String.valueOf(bad));
        }
    }

    @Test
    void hashesDependOnSaltAndPosition() {
        byte[] salt = new byte[16];
        byte[] hash = TemporarySecretHasher.hash(salt, 3, "1234");
        assertTrue(TemporarySecretHasher.matches(salt, 3, "1234", hash));
        assertFalse(TemporarySecretHasher.matches(salt, 4, "1234", hash));
        assertFalse(TemporarySecretHasher.matches(salt, 3, "1235", hash));
        byte[] otherSalt = new byte[16];
        otherSalt[0] = 1;
        assertNotEquals(java.util.HexFormat.of().formatHex(hash),
                java.util.HexFormat.of().formatHex(TemporarySecretHasher.hash(otherSalt, 3, "1234")));
    }

    @Test
    void onlineCardsAreShortGridsOfFourDigits() {
        OnlineCodeCard card = OnlineCodeCard.generate(OnlineCodeCard.DEFAULT_CELLS, new SecureRandom());
        assertEquals(24, card.size());
        assertTrue(card.codes().stream().allMatch(c -> c.matches("\\d{4}")));
        assertEquals(card.codes().get(0), card.codeAt(1));
    }
}
