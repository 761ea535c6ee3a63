package dev.sls.binding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Tells the person, on another channel, that a device was bound to their account and what to do if it was not them. */
final class BindingNotice {

    static final String SUBJECT = "slsDeviceBoundSubject";
    static final String BODY = "slsDeviceBoundBody";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private BindingNotice() {
    }

    static void send(KeycloakSession session, RealmModel realm, UserModel user, String deviceKey, long at) {
        AccountNotice.send(session, realm, user, SUBJECT, BODY, new AccountNotice.MessageKey(deviceKey),
                user.getUsername(), WHEN.format(Instant.ofEpochSecond(at)));
    }
}
