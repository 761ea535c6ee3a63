package dev.sls.mobile.send;

/**
 * What became of a send, in the terms the person is told. Each outcome names its message and whether the other
 * channel (SMS / voice) is worth offering; another device is always offered when the code did not go out.
 */
public enum SendOutcome {
    /** The provider accepted the message or call. */
    SENT("slsPhoneSent", false),
    /** The send was started and the provider has not answered yet; the page hears the answer through its watch. */
    SENDING("slsPhoneSending", false),
    /** The provider did not answer in time; the code may still arrive. */
    PENDING("slsPhoneSendPending", true),
    /** The provider says the number is not a valid or a mobile number. */
    INVALID_NUMBER("slsPhoneSendInvalidNumber", false),
    /** The number cannot be reached on this channel (not reachable by SMS, unsubscribed by STOP, carrier block). */
    UNREACHABLE_NUMBER("slsPhoneSendUnreachable", true),
    /** The provider may not send to that country (geographic permissions). */
    COUNTRY_NOT_ALLOWED("slsPhoneSendCountryNotAllowed", true),
    /** The provider is rate-limiting us. */
    PROVIDER_BUSY("slsPhoneSendProviderBusy", true),
    /** The provider failed (5xx), or could not be reached, or timed out. */
    PROVIDER_DOWN("slsPhoneSendProviderDown", true),
    /** The realm's sender is not set up (missing or wrong settings, refused credentials, log sender outside demo). */
    NOT_CONFIGURED("slsPhoneSendNotConfigured", false),
    /** One of our own abuse limits was reached; the report says when to try again (the wait in words). */
    LIMITED("slsPhoneSendLimitedIn", true);

    private final String messageKey;
    private final boolean otherChannelMayWork;

    SendOutcome(String messageKey, boolean otherChannelMayWork) {
        this.messageKey = messageKey;
        this.otherChannelMayWork = otherChannelMayWork;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean otherChannelMayWork() {
        return otherChannelMayWork;
    }

    /** Sent, or may still arrive (no answer yet, or none in time). */
    public boolean delivered() {
        return this == SENT || this == PENDING || this == SENDING;
    }

    /** The outcome as a watch's state word ({@code provider-down}). */
    public String wire() {
        return this == PENDING ? "unconfirmed" : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The outcome a watch was settled with; unknown words read as {@link #PENDING} (the code may still come). */
    public static SendOutcome fromWire(String wire) {
        for (SendOutcome outcome : values()) {
            if (outcome.wire().equals(wire)) {
                return outcome;
            }
        }
        return PENDING;
    }
}
