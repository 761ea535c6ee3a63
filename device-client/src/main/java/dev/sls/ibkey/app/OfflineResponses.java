package dev.sls.ibkey.app;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;

/** The offline OCRA answer to a challenge typed from the browser; no network. */
final class OfflineResponses {

    private OfflineResponses() {
    }

    static String respond(IbKeyUser user, String typedChallenge, String pin) {
        if (typedChallenge == null) {
            throw new IllegalArgumentException("type the challenge shown on the login page");
        }
        String challenge = typedChallenge.replaceAll("\\s", "");
        if (challenge.isEmpty() || !challenge.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the challenge is digits only (spaces are allowed)");
        }
        OcraSuite suite = OcraSuite.parse(user.ocraSuite());
        if (challenge.length() > suite.maxChallengeLength()) {
            throw new IllegalArgumentException("the challenge has " + challenge.length() + " digits, at most "
                    + suite.maxChallengeLength() + " are expected");
        }
        OcraInput.Builder input = OcraInput.builder().challenge(challenge);
        if (suite.pinHashAlgorithm().isPresent()) {
            if (pin == null || pin.isEmpty()) {
                throw new IllegalArgumentException("the offline code of " + user.label() + " needs the app PIN");
            }
            input.pin(pin);
        }
        return Ocra.generate(suite, user.ocraKeyBytes(), input.build());
    }
}
