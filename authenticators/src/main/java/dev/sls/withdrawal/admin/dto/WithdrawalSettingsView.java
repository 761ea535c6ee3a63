package dev.sls.withdrawal.admin.dto;

import java.util.List;
import java.util.Map;

/**
 * {@code GET withdrawal/settings}: the realm's {@code sls.withdrawal.*} attributes as stored, and what they mean once
 * read (limits per credential type in the realm's currency, rates, holidays, time zone) with any problem they have.
 */
public record WithdrawalSettingsView(Map<String, String> attributes, String currency, Map<String, DeviceLimitsView> limits,
                                     Map<String, String> rates, List<String> holidays, String timeZone,
                                     List<String> problems, long retentionDays) {
}
