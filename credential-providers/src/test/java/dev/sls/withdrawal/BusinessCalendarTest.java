package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    // 2026-03-02 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final BusinessCalendar UTC = new BusinessCalendar(ZoneOffset.UTC, Set.of());

    @Test
    void weekendsAreNotBusinessDays() {
        for (int i = 0; i < 5; i++) {
            assertTrue(UTC.isBusinessDay(MONDAY.plusDays(i)));
        }
        assertTrue(!UTC.isBusinessDay(MONDAY.minusDays(1)) && !UTC.isBusinessDay(MONDAY.minusDays(2)));
    }

    @Test
    void aWeekendWithdrawalCountsOnTheNextBusinessDay() {
        assertEquals(Optional.of(MONDAY), UTC.businessDayOf(at("2026-02-28T10:00:00Z")), "Saturday");
        assertEquals(Optional.of(MONDAY), UTC.businessDayOf(at("2026-03-01T23:59:59Z")), "Sunday");
        assertEquals(Optional.of(MONDAY.minusDays(3)), UTC.businessDayOf(at("2026-02-27T23:59:59Z")), "Friday");
    }

    @Test
    void theFiveDayWindowReachesBackOverTheWeekend() {
        assertEquals(Optional.of(MONDAY), UTC.windowStart(MONDAY.plusDays(4)), "Friday: Monday to Friday");
        assertEquals(Optional.of(MONDAY.minusDays(6)), UTC.windowStart(MONDAY), "Monday: back to last Tuesday");
        assertEquals(Optional.of(MONDAY.minusDays(5)), UTC.windowStart(MONDAY.plusDays(1)),
                "Tuesday: back to last Wednesday");
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        BusinessCalendar withHoliday = new BusinessCalendar(ZoneOffset.UTC, Set.of(MONDAY.minusDays(3)));
        assertEquals(Optional.of(MONDAY), withHoliday.businessDayOf(at("2026-02-27T12:00:00Z")), "a holiday Friday");
        assertEquals(Optional.of(MONDAY.minusDays(7)), withHoliday.windowStart(MONDAY),
                "Monday: back to the Monday before");
    }

    @Test
    void businessDaysFollowTheRealmsTimeZone() {
        BusinessCalendar tokyo = new BusinessCalendar(ZoneId.of("Asia/Tokyo"), Set.of());
        // Friday 20:00 UTC is already Saturday in Tokyo.
        assertEquals(Optional.of(MONDAY), tokyo.businessDayOf(at("2026-02-27T20:00:00Z")));
        assertEquals(Optional.of(MONDAY.minusDays(3)), UTC.businessDayOf(at("2026-02-27T20:00:00Z")));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
