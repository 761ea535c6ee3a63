package dev.sls.mobile.number;

/** Why a typed mobile number is refused; each names the message shown under the field. */
public enum NumberProblem {
    MISSING("slsPhoneNumberMissing"),
    LETTERS("slsPhoneNumberLetters"),
    UNKNOWN_COUNTRY("slsPhoneNumberUnknownCountry"),
    TOO_SHORT("slsPhoneNumberTooShort"),
    TOO_LONG("slsPhoneNumberTooLong"),
    INVALID("slsPhoneNumberInvalid"),
    /** A landline, toll-free, premium-rate or other number that cannot receive SMS. */
    NOT_MOBILE("slsPhoneNumberNotMobile"),
    /** An internet-telephony (virtual) number, refused by the realm's policy. */
    VIRTUAL("slsPhoneNumberVirtual"),
    /** A number of a country the realm does not accept. */
    COUNTRY_REFUSED("slsPhoneNumberCountryRefused"),
    /** The person already has this number. */
    ALREADY_ADDED("slsPhoneNumberAlreadyAdded"),
    /** The person has as many numbers as the pack keeps. */
    TOO_MANY("slsPhoneNumberTooMany");

    private final String messageKey;

    NumberProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
