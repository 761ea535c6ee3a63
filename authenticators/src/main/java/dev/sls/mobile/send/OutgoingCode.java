package dev.sls.mobile.send;

import dev.sls.mobile.number.MaskedNumbers;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One code to deliver, with the words around it already in the person's language.
 *
 * @param to          E.164 number
 * @param channel     SMS or voice
 * @param code        the digits
 * @param locale      the person's language; a voice sender picks its voice by it
 * @param smsText     the whole text message (code included)
 * @param voiceIntro  what a call says before the digits ("Your security code is")
 * @param voiceRepeat what it says before reading them again ("Again, your code is")
 * @param realm       realm name, for logs
 * @param demoRealm   whether the realm is marked as a demo or development realm
 */
public record OutgoingCode(String to, Channel channel, String code, Locale locale, String smsText, String voiceIntro,
                           String voiceRepeat, String realm, boolean demoRealm) {

    public OutgoingCode {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(channel, "channel");
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a code is digits");
        }
    }

    /** The digits one by one, as a voice reads them. */
    public List<String> digits() {
        return code.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    /** Never prints the code or the whole number. */
    @Override
    public String toString() {
        return "OutgoingCode[" + channel + " to " + MaskedNumbers.mask(to) + ", realm " + realm + "]";
    }
}
