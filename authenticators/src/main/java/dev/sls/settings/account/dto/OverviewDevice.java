package dev.sls.settings.account.dto;

/**
 * One of the person's devices.
 *
 * @param id       the credential id (what the remove action names), null for a pending set-up
 * @param type     credential type, e.g. {@code sls-ib-key}
 * @param nameKey  message key of the type's name
 * @param label    the person's own label (phone name, card serial), may be empty
 * @param level    security level in the realm's browser flow, null when the flow gives it none
 * @param state    {@code active}, {@code suspended-shared} or {@code pending}
 * @param created  ISO-8601 instant, null for a pending set-up
 * @param lastUsed ISO-8601 instant of the last login it served, null when never recorded
 */
public record OverviewDevice(String id, String type, String nameKey, String label, Integer level, String state,
                             String created, String lastUsed) {
}
