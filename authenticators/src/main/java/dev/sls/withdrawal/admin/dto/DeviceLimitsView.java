package dev.sls.withdrawal.admin.dto;

/** One device's limits: per business day and per five business days ({@code none} when it has no limit). */
public record DeviceLimitsView(String day, String fiveDays) {
}
