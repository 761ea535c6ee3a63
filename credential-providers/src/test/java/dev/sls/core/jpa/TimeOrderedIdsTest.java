package dev.sls.core.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsMadeInTheSameMillisecondSortInTheOrderTheyWereMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            made.add(TimeOrderedIds.next(1_765_000_000_000L));
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);
        assertEquals(made, sorted);
        assertEquals(made.size(), new HashSet<>(made).size(), "unique");
    }

    @Test
    void aLaterMillisecondSortsAfterAnEarlierOneWhateverTheSequence() {
        String earlier = TimeOrderedIds.next(1_765_000_000_001L);
        String later = TimeOrderedIds.next(1_765_000_000_002L);
        TimeOrderedIds.next(1_765_000_000_000L);
        assertTrue(earlier.compareTo(later) < 0, earlier + " " + later);
    }

    @Test
    void idsFitTheThirtySixCharacterIdColumns() {
        assertEquals(36, TimeOrderedIds.next(0).length());
        assertEquals(36, TimeOrderedIds.next(0xFFFF_FFFF_FFFFL).length());
        assertTrue(TimeOrderedIds.next(System.currentTimeMillis()).matches("[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{14}"));
    }

    @Test
    void aNegativeTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.next(-1));
    }
}
