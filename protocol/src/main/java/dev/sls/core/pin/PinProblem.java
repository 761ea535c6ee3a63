package dev.sls.core.pin;

/** Why a PIN is refused; each has a message key (prefix {@code sls}) for the guideline shown to the person. */
public enum PinProblem {
    TOO_SHORT("slsPinTooShort"),
    TOO_LONG("slsPinTooLong"),
    NOT_ALLOWED_CHARACTER("slsPinNotAllowedCharacter"),
    REPEATED_CHARACTER("slsPinRepeatedCharacter"),
    SEQUENCE("slsPinSequence"),
    COMMON("slsPinCommon"),
    DATE_OR_YEAR("slsPinDateOrYear"),
    PERSONAL("slsPinPersonal");

    private final String messageKey;

    PinProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
