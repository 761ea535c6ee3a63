package dev.sls.withdrawal;

/**
 * What withdrawals one kind of device may confirm: at most {@code perDay} in one business day and {@code perFiveDays}
 * in that business day and the four before it, counting every withdrawal of the person whatever device confirmed it.
 */
public record DeviceLimits(WithdrawalLimit perDay, WithdrawalLimit perFiveDays) {

    public static final DeviceLimits NONE = new DeviceLimits(WithdrawalLimit.NONE, WithdrawalLimit.NONE);

    public boolean permitsAny() {
        return perDay.permitsAny() && perFiveDays.permitsAny();
    }

    /** Orders devices from the one that confirms least to the one that confirms most. */
    public int compareSize(DeviceLimits other) {
        int day = perDay.compareSize(other.perDay);
        return day != 0 ? day : perFiveDays.compareSize(other.perFiveDays);
    }
}
