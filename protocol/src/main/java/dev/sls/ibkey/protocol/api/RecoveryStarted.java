package dev.sls.ibkey.protocol.api;

/**
 * The recovery is open: what the app asks the person for next.
 *
 * @param proof       {@code sms} (an activation token was sent to {@code sentTo}, the number recorded at activation)
 *                    or {@code device} (type the response of the physical device {@code deviceType} to
 *                    {@code challenge}; no SMS is ever sent then)
 * @param sentTo      the masked number the SMS went to, for {@code sms}
 * @param deviceType  the credential type of the physical device, for {@code device}
 * @param challenge   what that device is given (index numbers or a challenge code), for {@code device}
 * @param pinRequired whether the proof must come with the recovery PIN proof ({@code pinProof})
 * @param expiresAt   epoch seconds
 */
public record RecoveryStarted(String recoveryId, String username, String proof, String sentTo, String deviceType,
                              String challenge, boolean pinRequired, long expiresAt) {
}
