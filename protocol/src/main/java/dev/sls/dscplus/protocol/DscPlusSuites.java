package dev.sls.dscplus.protocol;

import dev.sls.core.ocra.ChallengeFormat;
import dev.sls.core.ocra.OcraSuite;

/**
 * Which OCRA suites a DSC+ card may use. The card takes a 6-digit numeric challenge on its keypad ("CHALLNG>") and
 * shows the response; a suite must therefore ask a numeric challenge of at least 6 digits and no session data or
 * time input the card cannot know. The pack's own cards use {@link #DEFAULT}.
 */
public final class DscPlusSuites {

    /**
     * The pack's choice: the PIN typed on the card ("PIN>") enters the computation (P, SHA-1 as RFC 6287 writes it),
     * no counter, SHA-256, 8 digits. It is the suite of RFC 6287's one-way challenge/response vectors, and a 6-digit
     * challenge fits its QN08.
     */
    public static final OcraSuite DEFAULT = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08-PSHA1");
    /** The same without the PIN, for cards that check their PIN themselves (PSKC PINUsageMode "Local"). */
    public static final OcraSuite DEFAULT_LOCAL_PIN = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08");
    /** Digits of the challenge shown on the login page and typed on the card. */
    public static final int CHALLENGE_DIGITS = 6;
    public static final int MIN_RESPONSE_DIGITS = 6;

    private DscPlusSuites() {
    }

    /**
     * The suite a vendor file names, checked for use with a card.
     *
     * @throws IllegalArgumentException naming why the suite cannot be used
     */
    public static OcraSuite usable(String suite) {
        OcraSuite parsed = OcraSuite.parse(suite);
        if (parsed.challengeFormat() != ChallengeFormat.NUMERIC || parsed.maxChallengeLength() < CHALLENGE_DIGITS) {
            throw new IllegalArgumentException("suite " + suite + " does not take a " + CHALLENGE_DIGITS
                    + "-digit numeric challenge");
        }
        if (parsed.sessionInfoLength().isPresent() || parsed.timeStep().isPresent()) {
            throw new IllegalArgumentException("suite " + suite + " needs session or time input a DSC+ card lacks");
        }
        if (parsed.digits() < MIN_RESPONSE_DIGITS) {
            throw new IllegalArgumentException("suite " + suite + " gives fewer than " + MIN_RESPONSE_DIGITS
                    + " response digits");
        }
        return parsed;
    }
}
