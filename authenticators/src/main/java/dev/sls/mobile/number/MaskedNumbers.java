package dev.sls.mobile.number;

/** Phone numbers as shown to someone who may not own them, and as logs print them: "+81 ••• ••• 12". */
public final class MaskedNumbers {

    private static final String HIDDEN = "••• •••";

    private MaskedNumbers() {
    }

    /**
     * Keeps the country calling code (up to 3 digits after "+", as many as the number's country uses when known)
     * and the last two digits.
     */
    public static String mask(String e164, int countryCode) {
        if (e164 == null || e164.length() < 6 || !e164.startsWith("+")) {
            return HIDDEN;
        }
        String cc = countryCode > 0 ? Integer.toString(countryCode) : e164.substring(1, 2);
        return "+" + cc + " " + HIDDEN + " " + e164.substring(e164.length() - 2);
    }

    /** As {@link #mask(String, int)}, finding the country calling code with libphonenumber. */
    public static String mask(String e164) {
        return mask(e164, PhoneNumberParser.canonical(e164).map(ParsedNumber::countryCode).orElse(0));
    }
}
