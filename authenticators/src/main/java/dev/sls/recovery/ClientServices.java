package dev.sls.recovery;

/** The seeds' words for a person no self-service recovery can help: ask Client Services for temporary access. */
public final class ClientServices {

    /** Message key of the sentence, for pages (login theme, en/ja/fr). */
    public static final String MESSAGE_KEY = "slsRecoveryContactClientServices";
    /** The same sentence in English, for the device API's error message. */
    public static final String TEMPORARY_ACCESS = "Please request a temporary account access by contacting Client"
            + " Services (Secure Login department).";

    private ClientServices() {
    }
}
