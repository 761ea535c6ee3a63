package dev.sls.ibkey.notme;

import dev.sls.core.config.IntSetting;
import org.keycloak.models.RealmModel;

/**
 * What the realm does when a phone says "I did not start this": realm attribute {@code sls.not-me.push-stop-minutes}
 * (how long pushes to the person stop, default 20) and {@code sls.not-me.reset-password} ({@code true}: the person
 * must choose a new password at the next login and every session of theirs ends; default off).
 */
public final class NotMeSettings {

    public static final IntSetting PUSH_STOP_MINUTES = new IntSetting("sls.not-me.push-stop-minutes",
            "Push stop after 'not me' (minutes)",
            "How long no push goes to a person whose phone reported a login they did not start", 1, 1440, 20);
    public static final String RESET_PASSWORD = "sls.not-me.reset-password";

    private NotMeSettings() {
    }

    public static int pushStopSeconds(RealmModel realm) {
        return PUSH_STOP_MINUTES.read(realm.getAttributes()) * 60;
    }

    public static boolean resetsPassword(RealmModel realm) {
        return "true".equalsIgnoreCase(String.valueOf(realm.getAttribute(RESET_PASSWORD)).strip());
    }
}
