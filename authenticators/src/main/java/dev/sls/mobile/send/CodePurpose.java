package dev.sls.mobile.send;

/**
 * What a code sent to a number is for; each purpose has its own wording, so a code to activate a new device never
 * reads like a login code (someone asking the person to forward "their security code" would otherwise get it).
 */
public enum CodePurpose {
    SIGN_IN("slsPhoneSmsText", "{0} is your {1} security code. It expires in {2}."),
    DEVICE_ACTIVATION("slsPhoneSmsActivationText",
            "{0} is your {1} code to activate a new device. Never give it to anyone. It expires in {2}."),
    DEVICE_RECOVERY("slsPhoneSmsRecoveryText",
            "{0} is your {1} activation token to recover IB Key. Never give it to anyone. It expires in {2}.");

    private final String messageKey;
    private final String fallback;

    CodePurpose(String messageKey, String fallback) {
        this.messageKey = messageKey;
        this.fallback = fallback;
    }

    String messageKey() {
        return messageKey;
    }

    String fallback() {
        return fallback;
    }
}
