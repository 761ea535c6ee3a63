package dev.sls.mobile.store;

import dev.sls.mobile.number.MaskedNumbers;
import dev.sls.mobile.number.ParsedNumber;

/**
 * One of a user's mobile numbers.
 *
 * @param e164      canonical form
 * @param region    ISO 3166 country
 * @param countryCode country calling code
 * @param verified  confirmed with a code sent to it
 * @param isDefault the number codes go to (the {@code phone_number} claim)
 */
public record MobileNumber(String e164, String region, int countryCode, boolean verified, boolean isDefault) {

    static MobileNumber of(ParsedNumber number, boolean verified, boolean isDefault) {
        return new MobileNumber(number.e164(), number.region(), number.countryCode(), verified, isDefault);
    }

    /** "+81 ••• ••• 78": how the number is shown on screens and in logs. */
    public String masked() {
        return MaskedNumbers.mask(e164, countryCode);
    }
}
