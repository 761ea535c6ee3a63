package dev.sls.codecard.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexChallengeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void twentyBitMinimumDependsOnCodeLength() {
        assertEquals(3, IndexChallenge.minimumPositions(3)); // 2 x 3 digits = 19.9 bits: not enough
        assertEquals(2, IndexChallenge.minimumPositions(4)); // 2 x 4 digits = 26.6 bits
        assertEquals(1, IndexChallenge.minimumPositions(7)); // 23.3 bits
    }

    @Test
    void effectivePositionsRaisesWeakConfigurations() {
        assertEquals(3, IndexChallenge.effectivePositions(1, new CodeCardSpec(100, 3)));
        assertEquals(2, IndexChallenge.effectivePositions(2, new CodeCardSpec(100, 4)));
        assertEquals(4, IndexChallenge.effectivePositions(4, new CodeCardSpec(100, 4)));
        assertEquals(10, IndexChallenge.effectivePositions(50, new CodeCardSpec(20, 4)));
    }

    @Test
    void randomChallengesAreDistinctSortedAndInRange() {
        CodeCardSpec spec = new CodeCardSpec(20, 4);
        int[] seen = new int[21];
        for (int round = 0; round < 2_000; round++) {
            List<Integer> indexes = IndexChallenge.random(spec, 3, random).indexes();
            assertEquals(3, indexes.size());
            for (int i = 0; i < indexes.size(); i++) {
                assertTrue(indexes.get(i) >= 1 && indexes.get(i) <= 20);
                if (i > 0) {
                    assertTrue(indexes.get(i) > indexes.get(i - 1));
                }
                seen[indexes.get(i)]++;
            }
        }
        // 6,000 picks over 20 cells: each about 300.
        for (int index = 1; index <= 20; index++) {
            assertTrue(seen[index] > 200 && seen[index] < 400, "index " + index + " seen " + seen[index]);
        }
    }

    @Test
    void formatAndParseRoundTrip() {
        CodeCardSpec spec = CodeCardSpec.DEFAULT;
        IndexChallenge challenge = IndexChallenge.random(spec, 2, random);
        assertEquals(challenge, IndexChallenge.parse(challenge.format(), spec));
        assertEquals(List.of(7, 93), IndexChallenge.parse("7,93", spec).indexes());
    }

    @Test
    void parseRejectsTampering() {
        CodeCardSpec spec = CodeCardSpec.DEFAULT;
        for (String bad : new String[] {"", " ", "0,5", "5,101", "9,3", "4,4", "a,5", "5,", ",5", "-1,5", "00005,6", "5;6"}) {
            assertThrows(IllegalArgumentException.class, () -> IndexChallenge.parse(bad, spec), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> IndexChallenge.parse(null, spec));
    }
}
