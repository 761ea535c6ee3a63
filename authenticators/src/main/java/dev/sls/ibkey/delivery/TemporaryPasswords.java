package dev.sls.ibkey.delivery;

import java.security.SecureRandom;

/**
 * Server-generated temporary passwords: four groups of five characters from an alphabet without look-alikes
 * (about 113 bits), with a capital, a small letter and a digit, so that common password policies accept them.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;

    private TemporaryPasswords() {
    }

    static String generate(SecureRandom random) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
                if (i > 0 && i % GROUP_LENGTH == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isUpperCase) && candidate.chars().anyMatch(Character::isLowerCase)
                    && candidate.chars().anyMatch(Character::isDigit)) {
                return candidate;
            }
        }
    }
}
