package dev.sls.mobile.send;

import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.LoginMessages;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * What the person is told about a send.
 *
 * @param outcome    what happened
 * @param channel    the channel it was for
 * @param retryAfter when a limit was hit, how long until the next code may be sent; else zero
 * @param watchId    while {@link SendOutcome#SENDING}, the watch ({@code dev.sls.wait}) the provider's answer settles;
 *                   else null
 */
public record SendReport(SendOutcome outcome, Channel channel, Duration retryAfter, String watchId) {

    private static final LocalFormats API_WORDS = LocalFormats.of(Locale.ENGLISH, LoginMessages.of(new Properties()));

    public static SendReport of(SendOutcome outcome, Channel channel) {
        return new SendReport(outcome, channel, Duration.ZERO, null);
    }

    /** Started; the provider's answer will settle {@code watchId}. */
    public static SendReport sending(Channel channel, String watchId) {
        return new SendReport(SendOutcome.SENDING, channel, Duration.ZERO, watchId);
    }

    public static SendReport limited(Channel channel, Duration retryAfter) {
        return new SendReport(SendOutcome.LIMITED, channel, retryAfter, null);
    }

    public boolean delivered() {
        return outcome.delivered();
    }

    /**
     * The message for a send that did not go out, and its argument: the wait in words for a limit (with or without
     * "meanwhile use another of your devices"), else the masked number.
     */
    public Message message(String maskedNumber, LocalFormats formats, boolean hasOtherDevices) {
        if (outcome != SendOutcome.LIMITED) {
            return new Message(outcome.messageKey(), maskedNumber);
        }
        return new Message(hasOtherDevices ? "slsPhoneSendLimitedInOtherDevices" : "slsPhoneSendLimitedIn",
                formats.waitFor(retryAfter));
    }

    /** For an API's error message (English, as every API message): "Too many codes were sent; try again in 2 minutes." */
    public String limitedApiMessage() {
        return "Too many codes were sent; try again in " + LocalFormats.forTextMessage(API_WORDS.waitFor(retryAfter))
                + ".";
    }

    /** A message key and its one argument. */
    public record Message(String key, String argument) {
    }
}
