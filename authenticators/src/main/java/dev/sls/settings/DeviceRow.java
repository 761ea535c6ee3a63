package dev.sls.settings;

import java.time.Instant;
import java.util.Set;

/**
 * One of the person's devices as the settings page lists it.
 *
 * @param type    the credential type, e.g. {@code sls-dsc-plus}
 * @param nameKey message key of the device type's name
 * @param detail  the person's own label for it, may be empty
 * @param level   its security level in the realm's browser flow, or null when the flow gives it none
 * @param state   one of {@link #STATES}
 * @param credentialId the stored credential, null for a pending set-up
 * @param created      when it was stored, null for a pending set-up
 * @param lastUsed     when it last served a login, null when never (or not recorded: Keycloak's own devices)
 */
public record DeviceRow(String type, String nameKey, String detail, Integer level, String state, String credentialId,
                        Instant created, Instant lastUsed) {

    public static final String ACTIVE = "active";
    public static final String PENDING = "pending";
    public static final String SUSPENDED_SHARED = "suspended-shared";
    public static final Set<String> STATES = Set.of(ACTIVE, PENDING, SUSPENDED_SHARED);

    public DeviceRow {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("unknown device state " + state);
        }
        detail = detail == null ? "" : detail;
    }

    /** The message key of the state, {@code slsSettingsState-<state>}. */
    public String stateKey() {
        return "slsSettingsState-" + state;
    }
}
