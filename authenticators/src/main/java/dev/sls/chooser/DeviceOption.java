package dev.sls.chooser;

/**
 * One of the person's devices as the chooser lists it: one row per credential.
 *
 * @param executionId    the flow step that runs it (what the page posts as {@code authenticationExecution})
 * @param credentialType the credential type, e.g. {@code sls-ib-key} or Keycloak's {@code otp}
 * @param credentialId   the credential's id
 * @param nameKey        message key of the device type's name (the consoles' {@code <type>-display-name})
 * @param detail         what the person knows this one by (name, masked number, serial tail), may be empty
 * @param level          the device's security level, or null when the flow gives it none
 * @param status         whether it can complete a login now
 */
public record DeviceOption(String executionId, String credentialType, String credentialId, String nameKey,
                           String detail, Integer level, DeviceStatus status) {
}
