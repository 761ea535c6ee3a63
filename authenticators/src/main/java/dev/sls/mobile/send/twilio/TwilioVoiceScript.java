package dev.sls.mobile.send.twilio;

import dev.sls.mobile.send.OutgoingCode;
import dev.sls.shaded.twilio.sdk.twiml.TwiMLException;
import dev.sls.shaded.twilio.sdk.twiml.VoiceResponse;
import dev.sls.shaded.twilio.sdk.twiml.voice.Pause;
import dev.sls.shaded.twilio.sdk.twiml.voice.Say;
import dev.sls.shaded.twilio.sdk.twiml.voice.SsmlBreak;
import dev.sls.shaded.twilio.sdk.twiml.voice.SsmlProsody;
import java.util.Locale;
import java.util.Map;

/**
 * The TwiML of a voice callback: the code said digit by digit, slowly, twice, in the person's language with one of
 * Twilio's (Amazon Polly) voices for it. Built with the SDK's TwiML classes.
 */
final class TwilioVoiceScript {

    /** Voice and Twilio language per language the pack ships; anything else is read in English. */
    private record Voice(Say.Voice voice, Say.Language language) {
    }

    private static final Voice ENGLISH = new Voice(Say.Voice.POLLY_JOANNA, Say.Language.EN_US);
    private static final Map<String, Voice> VOICES = Map.of(
            "en", ENGLISH,
            "ja", new Voice(Say.Voice.POLLY_MIZUKI, Say.Language.JA_JP),
            "fr", new Voice(Say.Voice.POLLY_LEA, Say.Language.FR_FR));
    static final String DIGIT_PAUSE = "700ms";

    private TwilioVoiceScript() {
    }

    static String twiml(OutgoingCode code) {
        Voice voice = voiceFor(code.locale());
        VoiceResponse response = new VoiceResponse.Builder()
                .pause(new Pause.Builder().length(1).build())
                .say(sentence(voice, code.voiceIntro()))
                .say(digits(voice, code))
                .pause(new Pause.Builder().length(1).build())
                .say(sentence(voice, code.voiceRepeat()))
                .say(digits(voice, code))
                .build();
        try {
            return response.toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("cannot write TwiML", e);
        }
    }

    private static Voice voiceFor(Locale locale) {
        return locale == null ? ENGLISH : VOICES.getOrDefault(locale.getLanguage(), ENGLISH);
    }

    private static Say sentence(Voice voice, String text) {
        return new Say.Builder(text).voice(voice.voice()).language(voice.language()).build();
    }

    private static Say digits(Voice voice, OutgoingCode code) {
        SsmlProsody.Builder slow = new SsmlProsody.Builder().rate("slow");
        var digits = code.digits();
        for (int i = 0; i < digits.size(); i++) {
            if (i > 0) {
                slow.break_(new SsmlBreak.Builder().time(DIGIT_PAUSE).build());
            }
            slow.addText(digits.get(i));
        }
        return new Say.Builder().voice(voice.voice()).language(voice.language()).prosody(slow.build()).build();
    }
}
