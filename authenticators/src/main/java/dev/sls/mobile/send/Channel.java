package dev.sls.mobile.send;

/** How a code reaches a mobile number. */
public enum Channel {
    /** A text message. */
    SMS,
    /** A voice callback that reads the code aloud. */
    VOICE;

    /** The other channel, offered when this one did not work. */
    public Channel other() {
        return this == SMS ? VOICE : SMS;
    }
}
