package dev.sls.mobile.send.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.OutgoingCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TwilioVoiceScriptTest {

    private static OutgoingCode code(Locale locale, String intro, String repeat) {
        return new OutgoingCode("+819012345678", Channel.VOICE, "405912", locale, "sms", intro, repeat, "demo", false);
    }

    @Test
    void theCodeIsReadDigitByDigitSlowlyTwiceWithTheLanguagesVoice() {
        String twiml = TwilioVoiceScript.twiml(code(Locale.JAPANESE, "あなたのセキュリティコードは", "繰り返します。"));
        String digits = "<Say language=\"ja-JP\" voice=\"Polly.Mizuki\"><prosody rate=\"slow\">4<break time=\"700ms\"/>0"
                + "<break time=\"700ms\"/>5<break time=\"700ms\"/>9<break time=\"700ms\"/>1<break time=\"700ms\"/>2"
                + "</prosody></Say>";
        assertEquals(2, twiml.split(java.util.regex.Pattern.quote(digits), -1).length - 1, twiml);
        assertTrue(twiml.contains("<Say language=\"ja-JP\" voice=\"Polly.Mizuki\">あなたのセキュリティコードは</Say>"), twiml);
        assertTrue(twiml.contains("<Pause length=\"1\"/>"), twiml);
    }

    @Test
    void otherLanguagesFallBackToEnglishAndTextIsEscaped() {
        String twiml = TwilioVoiceScript.twiml(code(Locale.GERMAN, "Code <&>", "again"));
        assertTrue(twiml.contains("voice=\"Polly.Joanna\""), twiml);
        assertTrue(twiml.contains("Code &lt;&amp;&gt;"), twiml);
        assertTrue(TwilioVoiceScript.twiml(code(Locale.FRENCH, "Votre code", "Je répète")).contains("Polly.Lea"));
    }
}
