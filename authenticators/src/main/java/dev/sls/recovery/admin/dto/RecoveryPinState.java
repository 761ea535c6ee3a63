package dev.sls.recovery.admin.dto;

/**
 * The recovery PIN's state for the person's active IB Key.
 *
 * @param failures consecutive wrong recovery PINs
 * @param blocked  whether recovery by PIN is blocked (after 10) until Client Services resets it
 */
public record RecoveryPinState(String userId, String credentialId, int failures, boolean blocked) {
}
