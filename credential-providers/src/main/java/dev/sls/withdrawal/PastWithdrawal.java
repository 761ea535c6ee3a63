package dev.sls.withdrawal;

import java.time.Instant;

/**
 * A withdrawal the person already confirmed: when, the amount asked, and what it counted as in the limit currency of
 * the day ({@code counted}).
 */
public record PastWithdrawal(Instant confirmedAt, Money amount, Money counted) {
}
