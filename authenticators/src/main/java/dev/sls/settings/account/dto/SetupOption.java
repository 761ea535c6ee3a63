package dev.sls.settings.account.dto;

/**
 * A device type the person can set up (or replace, when {@code held}) through its application-initiated action.
 *
 * @param type    credential type
 * @param nameKey message key of the type's name
 * @param action  the required action's alias, for {@code kc_action}
 * @param level   security level in the realm's browser flow, or null
 * @param held    whether the person holds one already (the page then says "Replace")
 */
public record SetupOption(String type, String nameKey, String action, Integer level, boolean held) {
}
