package dev.sls.binding;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Called by every device when it stores a device for a person: records that the account has had a device (so a later
 * password-only login cannot enrol one), uses up a recorded enrolment reset, writes the device history line, and tells
 * the person by email (worded for a recovery when the entry is one).
 */
public final class Bindings {

    private Bindings() {
    }

    /**
     * @param displayNameKey the device's message key (its {@code DeviceType.displayNameKey()})
     * @param entry          the history line of this binding (activated, recovered, transferred)
     */
    public static void bound(KeycloakSession session, RealmModel realm, UserModel user, String displayNameKey,
                             HistoryEntry entry) {
        long now = Time.currentTime();
        BindingHistory.recordBound(user, now);
        DeviceHistory.record(session, realm, user, entry);
        BindingNotice.send(session, realm, user, displayNameKey, now, entry.event());
    }

    /**
     * As {@link #bound}, for a binding that tells the person in its own words (a transfer from one phone to another):
     * the notice's body gets the person's name as {@code {0}}, then {@code arguments}.
     */
    public static void boundWithNotice(KeycloakSession session, RealmModel realm, UserModel user, HistoryEntry entry,
                                       String subjectKey, String bodyKey, Object... arguments) {
        BindingHistory.recordBound(user, Time.currentTime());
        DeviceHistory.record(session, realm, user, entry);
        AccountNotice.send(session, realm, user, subjectKey, bodyKey, arguments);
    }
}
