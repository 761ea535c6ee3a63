package dev.sls.testkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        List<Double> samples = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            samples.add((double) i);
        }
        Collections.shuffle(samples);
        Stats stats = Stats.of(samples);
        assertEquals(100, stats.count());
        assertEquals(1.0, stats.min());
        assertEquals(50.0, stats.median());
        assertEquals(90.0, stats.p90());
        assertEquals(99.0, stats.p99());
        assertEquals(100.0, stats.max());
    }

    @Test
    void negativeSamplesAreKeptAsMeasured() {
        Stats stats = Stats.of(List.of(-2.5, -0.4, 0.3, 1.0, 4.0));
        assertEquals(-2.5, stats.min());
        assertEquals(0.3, stats.median());
        assertEquals(4.0, stats.p99());
        assertEquals("-2.5 / 0.3 / 4.0 / 4.0 / 4.0", stats.cell());
    }

    @Test
    void aMajorityOfNegativeSamplesGivesANegativeMedian() {
        Stats stats = Stats.of(List.of(-3.0, -2.0, -1.0, 5.0));
        assertEquals(-2.0, stats.median());
        assertEquals(5.0, stats.max());
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Stats stats = Stats.of(List.of(7.0));
        assertEquals(1, stats.count());
        assertEquals("7.0 / 7.0 / 7.0 / 7.0 / 7.0", stats.cell());
    }

    @Test
    void noSamplesSayNothing() {
        Stats stats = Stats.of(List.of());
        assertEquals(0, stats.count());
        assertEquals("–", stats.cell());
    }
}
