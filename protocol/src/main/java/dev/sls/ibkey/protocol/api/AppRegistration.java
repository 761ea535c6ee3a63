package dev.sls.ibkey.protocol.api;

import java.util.List;

/**
 * Answer to a correct username and password: where the activation code may be sent.
 *
 * @param registrationId the secret the next calls are addressed by (valid until {@code expiresAt})
 * @param numbers        the user's verified mobile numbers, masked, to pick from
 * @param canAddNumber   true when a new number may be verified on the spot (only for a user without any second
 *                       factor yet: a password alone never adds a number to an account that has one)
 * @param expiresAt      epoch seconds
 */
public record AppRegistration(String registrationId, String username, List<NumberChoice> numbers,
                              boolean canAddNumber, long expiresAt) {

    /** A verified number as the phone shows it; {@code ref} is what the app sends back to pick it. */
    public record NumberChoice(String ref, String masked) {
    }
}
