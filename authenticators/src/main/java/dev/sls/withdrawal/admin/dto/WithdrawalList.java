package dev.sls.withdrawal.admin.dto;

import java.util.List;

/** {@code GET withdrawal/users/{user}}: the person's withdrawals still within the retention. */
public record WithdrawalList(List<WithdrawalView> withdrawals) {
}
