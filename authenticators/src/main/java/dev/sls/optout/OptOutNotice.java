package dev.sls.optout;

import dev.sls.binding.AccountNotice;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Tells the person, on another channel, that their Secure Login setting changed and what to do if it was not them. */
final class OptOutNotice {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private OptOutNotice() {
    }

    static void optedOut(KeycloakSession session, RealmModel realm, UserModel user) {
        AccountNotice.send(session, realm, user, "slsOptOutNoticeSubject", "slsOptOutNoticeBody", user.getUsername(),
                now());
    }

    static void optedBackIn(KeycloakSession session, RealmModel realm, UserModel user) {
        AccountNotice.send(session, realm, user, "slsOptInNoticeSubject", "slsOptInNoticeBody", user.getUsername(),
                now());
    }

    private static String now() {
        return WHEN.format(Instant.ofEpochSecond(Time.currentTime()));
    }
}
