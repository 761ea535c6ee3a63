package dev.sls.withdrawal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Business days of a realm: Monday to Friday in its time zone, less its holidays. A withdrawal belongs to the business
 * day it was confirmed on, or, when confirmed on a weekend or holiday, to the next business day (its value date), so
 * Saturday's and Monday's withdrawals share Monday's daily limit.
 */
public record BusinessCalendar(ZoneId zone, Set<LocalDate> holidays) {

    /** Business days in a five-business-day window: the current one and the four before it. */
    public static final int WINDOW_DAYS = 5;
    /**
     * The furthest a window may reach back, in calendar days. A holiday list that would stretch five business days
     * further is refused; it also bounds every walk through the calendar.
     */
    public static final int MAX_SPAN_DAYS = 30;

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The business day a withdrawal confirmed at {@code at} counts on; empty if none lies within the bound. */
    public Optional<LocalDate> businessDayOf(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        for (int i = 0; i <= MAX_SPAN_DAYS; i++) {
            if (isBusinessDay(day.plusDays(i))) {
                return Optional.of(day.plusDays(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The first business day of the five-business-day window that ends on {@code businessDay}; empty if the window
     * would reach back more than {@link #MAX_SPAN_DAYS} calendar days.
     */
    public Optional<LocalDate> windowStart(LocalDate businessDay) {
        LocalDate day = businessDay;
        int found = 1;
        for (int back = 1; back <= MAX_SPAN_DAYS && found < WINDOW_DAYS; back++) {
            LocalDate candidate = businessDay.minusDays(back);
            if (isBusinessDay(candidate)) {
                day = candidate;
                found++;
            }
        }
        return found == WINDOW_DAYS ? Optional.of(day) : Optional.empty();
    }
}
