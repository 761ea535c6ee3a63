package dev.sls.recovery;

/**
 * A challenge for a physical device during a recovery.
 *
 * @param shown what the app shows the person (index numbers, a challenge code)
 * @param state what the device needs to check the response (kept on the server only), at most 1 KiB, no newline
 */
public record RecoveryChallenge(String shown, String state) {

    public RecoveryChallenge {
        if (shown == null || shown.isBlank() || state == null || state.length() > 1024) {
            throw new IllegalArgumentException("a recovery challenge needs what to show and at most 1 KiB of state");
        }
    }
}
