package dev.sls.core.pin;

/** Where a PIN is used, and so which characters and lengths it may have. */
public enum PinProfile {

    /** The phone app's PIN: 4 to 6 letters, digits or special characters (printable ASCII, no space). */
    APP(4, 6, false),
    /** The DSC+ card's PIN: exactly 4 digits typed on the card's keypad. */
    DSC_PLUS(4, 4, true);

    private final int minLength;
    private final int maxLength;
    private final boolean digitsOnly;

    PinProfile(int minLength, int maxLength, boolean digitsOnly) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.digitsOnly = digitsOnly;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    boolean allows(char c) {
        return digitsOnly ? c >= '0' && c <= '9' : c > ' ' && c < 0x7f;
    }
}
