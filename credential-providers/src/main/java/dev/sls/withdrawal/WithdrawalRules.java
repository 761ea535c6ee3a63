package dev.sls.withdrawal;

import dev.sls.withdrawal.WithdrawalDecision.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The withdrawal limits as arithmetic, without Keycloak: given a realm's settings and a person's past withdrawals,
 * may this kind of device confirm this amount now? The device confirming a withdrawal sets the limits, and they cap
 * everything the person withdrew in the window, whatever device confirmed it (the seed: "The device used to
 * authenticate your withdrawal will define your withdrawal limits").
 */
public final class WithdrawalRules {

    private WithdrawalRules() {
    }

    /** Totals already used in the current business day and in the five-business-day window, limit currency. */
    record Used(BigDecimal day, BigDecimal fiveDays) {
    }

    public static WithdrawalDecision decide(WithdrawalSettings settings, Collection<PastWithdrawal> history,
                                            String credentialType, Money amount, Instant now,
                                            Set<String> heldTypes) {
        if (!settings.problems().isEmpty()) {
            return WithdrawalDecision.refuse(Reason.SETTINGS_INVALID);
        }
        Optional<Money> counted = settings.counted(amount);
        if (counted.isEmpty()) {
            return WithdrawalDecision.refuse(Reason.CURRENCY_NOT_ACCEPTED);
        }
        Optional<Used> used = used(settings, history, now);
        if (used.isEmpty()) {
            return WithdrawalDecision.refuse(Reason.SETTINGS_INVALID);
        }
        BigDecimal wanted = counted.get().amount();
        DeviceLimits limits = settings.limitsOf(credentialType);
        Reason reason = judge(limits, used.get(), wanted);
        if (reason == Reason.ALLOWED) {
            return WithdrawalDecision.allow(counted.get());
        }
        Optional<Money> broken = switch (reason) {
            case DAY_LIMIT -> limits.perDay().max().map(max -> new Money(settings.currency(), max));
            case FIVE_DAY_LIMIT -> limits.perFiveDays().max().map(max -> new Money(settings.currency(), max));
            default -> Optional.empty();
        };
        Set<String> candidates = new TreeSet<>(settings.limits().keySet());
        candidates.addAll(heldTypes);
        candidates.remove(credentialType);
        Comparator<String> leastFirst = (a, b) -> settings.limitsOf(a).compareSize(settings.limitsOf(b));
        List<String> enough = candidates.stream()
                .filter(type -> judge(settings.limitsOf(type), used.get(), wanted) == Reason.ALLOWED)
                .sorted(leastFirst.thenComparing(Comparator.naturalOrder())).toList();
        Optional<String> held = enough.stream().filter(heldTypes::contains).findFirst();
        Optional<String> needed = held.isPresent() ? held : enough.stream().findFirst();
        return new WithdrawalDecision(reason, broken, counted, needed, held.isPresent());
    }

    private static Reason judge(DeviceLimits limits, Used used, BigDecimal wanted) {
        if (!limits.permitsAny()) {
            return Reason.DEVICE_NOT_PERMITTED;
        }
        if (!limits.perDay().allows(used.day().add(wanted))) {
            return Reason.DAY_LIMIT;
        }
        if (!limits.perFiveDays().allows(used.fiveDays().add(wanted))) {
            return Reason.FIVE_DAY_LIMIT;
        }
        return Reason.ALLOWED;
    }

    /**
     * What the person has used: withdrawals of the current business day, and of it and the four before it. Empty when
     * a past withdrawal can no longer be counted (its currency lost its rate) or the calendar has no such days.
     */
    static Optional<Used> used(WithdrawalSettings settings, Collection<PastWithdrawal> history, Instant now) {
        BusinessCalendar calendar = settings.calendar();
        Optional<LocalDate> today = calendar.businessDayOf(now);
        Optional<LocalDate> start = today.flatMap(calendar::windowStart);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal day = BigDecimal.ZERO;
        BigDecimal fiveDays = BigDecimal.ZERO;
        for (PastWithdrawal past : history) {
            Optional<Money> counted = past.counted().currency().equals(settings.currency())
                    ? Optional.of(past.counted()) : settings.counted(past.amount());
            Optional<LocalDate> on = calendar.businessDayOf(past.confirmedAt());
            if (counted.isEmpty() || on.isEmpty()) {
                return Optional.empty();
            }
            // A withdrawal dated after today (a clock set back) counts in both windows rather than in none.
            if (!on.get().isBefore(today.get())) {
                day = day.add(counted.get().amount());
            }
            if (!on.get().isBefore(start.get())) {
                fiveDays = fiveDays.add(counted.get().amount());
            }
        }
        return Optional.of(new Used(day, fiveDays));
    }
}
