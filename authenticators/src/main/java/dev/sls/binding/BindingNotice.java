package dev.sls.binding;

import dev.sls.binding.history.HistoryEvent;
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

    static final String RECOVERED_SUBJECT = "slsDeviceRecoveredSubject";
    static final String RECOVERED_BODY = "slsDeviceRecoveredBody";

    static void send(KeycloakSession session, RealmModel realm, UserModel user, String deviceKey, long at,
                     HistoryEvent event) {
        boolean recovered = event == HistoryEvent.RECOVERED;
        AccountNotice.send(session, realm, user, recovered ? RECOVERED_SUBJECT : SUBJECT,
                recovered ? RECOVERED_BODY : BODY, new AccountNotice.MessageKey(deviceKey),
                user.getUsername(), WHEN.format(Instant.ofEpochSecond(at)));
    }
}
