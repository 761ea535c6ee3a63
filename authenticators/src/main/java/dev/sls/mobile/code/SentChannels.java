package dev.sls.mobile.code;

import dev.sls.mobile.send.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * How the pending code of one purpose reached the person (text message, voice call or both), kept in an
 * authentication-session note next to the code, so the step that checks it can say in RFC 8176 terms what was proved:
 * {@code sms} for a text message, {@code tel} for a voice call. A new code starts a new list.
 */
public final class SentChannels {

    private final String note;

    public SentChannels(String note) {
        this.note = note;
    }

    /** Notes that {@code code} went out by {@code channel}. */
    public void wentBy(AuthenticationSessionModel authSession, PendingCode code, Channel channel) {
        String prefix = code.issuedAt() + "|";
        String known = authSession.getAuthNote(note);
        String channels = known != null && known.startsWith(prefix) ? known.substring(prefix.length()) : "";
        if (!(" " + channels + " ").contains(" " + channel.name() + " ")) {
            channels = (channels + " " + channel.name()).trim();
        }
        authSession.setAuthNote(note, prefix + channels);
    }

    /** Whether {@code code} went out by any channel. */
    public boolean wentOut(AuthenticationSessionModel authSession, PendingCode code) {
        String known = authSession.getAuthNote(note);
        String prefix = code.issuedAt() + "|";
        return known != null && known.startsWith(prefix) && known.length() > prefix.length();
    }

    /**
     * The RFC 8176 values of how the code that was typed reached the person ({@code sms} when unknown), and forgets
     * the list: the code is used up.
     */
    public List<String> takeMethods(AuthenticationSessionModel authSession, Optional<PendingCode> code) {
        String known = authSession.getAuthNote(note);
        authSession.removeAuthNote(note);
        if (code.isEmpty() || known == null || !known.startsWith(code.get().issuedAt() + "|")) {
            return List.of("sms");
        }
        List<String> values = new ArrayList<>();
        for (String name : known.substring(known.indexOf('|') + 1).split(" ")) {
            if (name.equals(Channel.SMS.name())) {
                values.add("sms");
            } else if (name.equals(Channel.VOICE.name())) {
                values.add("tel");
            }
        }
        return values.isEmpty() ? List.of("sms") : values;
    }
}
