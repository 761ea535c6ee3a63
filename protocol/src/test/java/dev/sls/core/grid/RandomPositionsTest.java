package dev.sls.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomPositionsTest {

    @Test
    void positionsAreDistinctSortedInRangeAndCoverTheGrid() {
        SecureRandom random = new SecureRandom();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            List<Integer> drawn = RandomPositions.draw(24, 2, random).list();
            assertEquals(2, drawn.size());
            assertTrue(drawn.get(0) < drawn.get(1) && drawn.get(0) >= 1 && drawn.get(1) <= 24, drawn::toString);
            seen.addAll(drawn);
        }
        assertEquals(24, seen.size(), "every cell is asked sometimes");
    }

    @Test
    void onlyTheFormattedFormParses() {
        RandomPositions drawn = RandomPositions.draw(24, 3, new SecureRandom());
        assertEquals(drawn, RandomPositions.parse(drawn.format(), 24));
        for (String bad : new String[] {null, "", "3,2", "0,4", "4,25", "4,,5", "a", "4;5", "4,4"}) {
            assertThrows(IllegalArgumentException.class, () -> RandomPositions.parse(bad, 24), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> RandomPositions.draw(3, 4, new SecureRandom()));
    }
}
