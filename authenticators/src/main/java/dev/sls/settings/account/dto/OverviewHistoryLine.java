package dev.sls.settings.account.dto;

/**
 * One line of the person's device history (without the admin's name or a device's public key: the admin API has them).
 *
 * @param at      ISO-8601 instant
 * @param event   activated, recovered, transferred, blocked, returned, retired or removed
 * @param type    credential type
 * @param nameKey message key of the type's name
 * @param label   the label the device had, may be empty
 * @param proof   how it was proved or who did it ({@code qr}, {@code sms}, {@code admin}, {@code person}, …), or null
 */
public record OverviewHistoryLine(String at, String event, String type, String nameKey, String label, String proof) {
}
