package dev.sls.ibkey.protocol;

import dev.sls.core.api.SlsPaths;
import dev.sls.core.ocra.OcraSuite;

/** Names both ends of the IB Key device API agree on. */
public final class IbKeyProtocol {

    /** The device API's area below {@code /realms/{realm}/sls/}. */
    public static final String AREA = "ibkey";
    /** Path of the device API below {@code /realms/{realm}/}: {@code sls/ibkey}. */
    public static final String API_PATH = SlsPaths.ROOT + "/" + AREA;

    /** Signed-request headers of the read calls. */
    public static final String HEADER_TIME = "SLS-Device-Time";
    public static final String HEADER_NONCE = "SLS-Device-Nonce";
    public static final String HEADER_SIGNATURE = "SLS-Device-Signature";

    public static final String APPROVE = "approve";
    public static final String DENY = "deny";
    /**
     * The reason a deny may carry when the person did not start the login ("I did not start this"): signed with the
     * decision; a deny without a reason is a plain deny.
     */
    public static final String REASON_NOT_ME = "not_me";

    /** Offline response without PIN (devices unlocked by biometrics: the iOS flow of the seeds). */
    public static final OcraSuite SUITE_WITHOUT_PIN = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08");
    /** Offline response bound to the app PIN (the Android flow of the seeds). */
    public static final OcraSuite SUITE_WITH_PIN = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN08-PSHA1");

    public static final int NONCE_MIN_LENGTH = 16;
    public static final int NONCE_MAX_LENGTH = 64;

    private IbKeyProtocol() {
    }

    /** Platforms whose app uses a PIN for offline responses. */
    public static boolean platformUsesPin(String platform) {
        return "android".equals(platform) || "cli".equals(platform);
    }

    public static boolean isKnownPlatform(String platform) {
        return "android".equals(platform) || "ios".equals(platform) || "cli".equals(platform);
    }
}
