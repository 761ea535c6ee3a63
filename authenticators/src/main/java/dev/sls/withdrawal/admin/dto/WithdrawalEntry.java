package dev.sls.withdrawal.admin.dto;

/**
 * {@code POST withdrawal/users/{user}}: a withdrawal the person confirmed outside the pack, e.g.
 * {@code {"amount":"1500.00","currency":"USD","confirmedAt":"2026-03-02T10:00:00Z","device":"sls-code-card"}};
 * {@code confirmedAt} defaults to now.
 */
public record WithdrawalEntry(String amount, String currency, String confirmedAt, String device) {
}
