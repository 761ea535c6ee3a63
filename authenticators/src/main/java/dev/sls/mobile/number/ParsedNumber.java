package dev.sls.mobile.number;

/**
 * A number that libphonenumber found valid.
 *
 * @param e164        the canonical form, e.g. {@code +819012345678}
 * @param region      its ISO 3166 country, e.g. {@code JP}
 * @param countryCode its country calling code, e.g. 81
 * @param kind        what kind of line the numbering plan says it is
 * @param display     international format for the person who typed it, e.g. {@code +81 90-1234-5678}
 */
public record ParsedNumber(String e164, String region, int countryCode, NumberKind kind, String display) {

    /** What the numbering plan says a number is. */
    public enum NumberKind {
        MOBILE,
        /** Some plans (US, CA, ...) cannot tell mobile from fixed numbers. */
        FIXED_LINE_OR_MOBILE,
        VOIP,
        /** Fixed line, toll free, premium rate, shared cost, pager, voicemail, UAN: no SMS. */
        NOT_MOBILE,
        /** Personal numbers and numbers the plan does not classify. */
        OTHER
    }

    public String masked() {
        return MaskedNumbers.mask(e164, countryCode);
    }
}
