package dev.sls.sms.credential.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Public part of an SMS second factor. The codes go to the user's verified default mobile number, which is kept
 * with the user's numbers (user-profile attributes), not here, so changing the default needs no new credential.
 *
 * @param enrolment how the person got it: {@code verified-number} (automatically, on verifying a number while having
 *                  no other device) or {@code chosen} (asked for it)
 */
@JsonIgnoreProperties(ignoreUnknown = true) // e.g. LastUse.FIELD, written next to these fields
public record SmsCredentialData(String enrolment) {

    public static final String AUTOMATIC = "verified-number";
    public static final String CHOSEN = "chosen";

    @JsonCreator
    public SmsCredentialData(@JsonProperty("enrolment") String enrolment) {
        this.enrolment = enrolment;
    }

    @JsonProperty("enrolment")
    public String enrolment() {
        return enrolment;
    }
}
