package dev.sls.withdrawal.admin.dto;

import java.util.List;

/** The refusal of settings that have problems ({@code error} is {@code settings_invalid}): every one of them. */
public record WithdrawalSettingsProblems(String error, List<String> problems) {
}
