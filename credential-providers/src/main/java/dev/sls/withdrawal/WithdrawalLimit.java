package dev.sls.withdrawal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The most a device may confirm in one window, in the realm's limit currency: a whole amount, {@code 0} (the device
 * cannot confirm withdrawals), or unlimited. Written {@code "200000"}, {@code "0"} or {@code "unlimited"}.
 */
public record WithdrawalLimit(Optional<BigDecimal> max) {

    public static final String UNLIMITED_WORD = "unlimited";
    public static final WithdrawalLimit UNLIMITED = new WithdrawalLimit(Optional.empty());
    public static final WithdrawalLimit NONE = of(BigDecimal.ZERO);

    public static WithdrawalLimit of(BigDecimal max) {
        if (max.signum() < 0) {
            throw new IllegalArgumentException("a limit cannot be negative");
        }
        return new WithdrawalLimit(Optional.of(max));
    }

    /** Reads {@code "unlimited"} or a plain non-negative decimal; throws with the reason otherwise. */
    public static WithdrawalLimit parse(String raw) {
        String value = raw == null ? "" : raw.trim();
        if (UNLIMITED_WORD.equalsIgnoreCase(value)) {
            return UNLIMITED;
        }
        if (!value.matches("(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?")) {
            throw new IllegalArgumentException("must be an amount such as 200000, 0 (none) or unlimited");
        }
        return of(new BigDecimal(value));
    }

    public boolean isUnlimited() {
        return max.isEmpty();
    }

    /** Whether the device may confirm anything at all. */
    public boolean permitsAny() {
        return max.map(m -> m.signum() > 0).orElse(true);
    }

    /** Whether {@code total} (already in the limit currency) stays within this limit. */
    public boolean allows(BigDecimal total) {
        return max.map(m -> total.compareTo(m) <= 0).orElse(true);
    }

    /** Sorts limits from the smallest to unlimited. */
    public int compareSize(WithdrawalLimit other) {
        if (isUnlimited() || other.isUnlimited()) {
            return Boolean.compare(isUnlimited(), other.isUnlimited());
        }
        return max.get().compareTo(other.max.get());
    }

    public String wire() {
        return max.map(BigDecimal::toPlainString).orElse(UNLIMITED_WORD);
    }

    @Override
    public String toString() {
        return wire();
    }
}
