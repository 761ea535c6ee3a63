package dev.sls.ibkey.protocol.api;

/**
 * Answer to a successful activation.
 *
 * @param deviceHandle  id of the IB Key credential; the path segment of every later call
 * @param realm         realm name
 * @param username      the user this activation belongs to (one app, many users)
 * @param ocraSuite     OCRA suite for offline challenge/response
 * @param ocraKey       Base64url OCRA key; null when {@code alreadyActive} (the phone has it)
 * @param alreadyActive true when this device was already the user's active IB Key: nothing new was created
 */
public record ActivationResponse(String deviceHandle, String realm, String username, String ocraSuite,
                                 String ocraKey, boolean alreadyActive) {
}
