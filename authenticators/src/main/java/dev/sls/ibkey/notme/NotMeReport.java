package dev.sls.ibkey.notme;

import dev.sls.binding.AccountNotice;
import dev.sls.core.event.EventDetails;
import dev.sls.core.login.LocalFormats;
import java.time.Instant;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.UserSessionManager;

/**
 * What follows a correctly signed "I did not start this": pushes to the person stop for a while (other devices and
 * challenge/response still work), a {@code LOGIN_ERROR} event {@value #ERROR} names the login's client, address and
 * browser, the realm may ask for a new password and end every session of the person, and the person is told by
 * email. It is never counted as a failed attempt: the person proved they hold the phone; it is a signal, not a guess.
 */
public final class NotMeReport {

    public static final String ERROR = "sls_not_me";

    private NotMeReport() {
    }

    /** The login the phone refused, as the server saw it (none of it signed by the phone but the challenge). */
    public record DeniedLogin(String challengeId, String deviceHandle, String clientId, String clientName,
                              String ipAddress, String userAgent) {
    }

    public static void report(KeycloakSession session, RealmModel realm, UserModel user, DeniedLogin login,
                              String receiptId) {
        int seconds = NotMeSettings.pushStopSeconds(realm);
        Instant until = new PushStop(session).stop(user.getId(), seconds);
        boolean reset = NotMeSettings.resetsPassword(realm);
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGIN_ERROR).user(user).detail(Details.USERNAME, user.getUsername())
                .detail(EventDetails.DEVICE_HANDLE, login.deviceHandle())
                .detail(EventDetails.RECEIPT, receiptId)
                .detail(EventDetails.PUSH_STOPPED_UNTIL, until.toString())
                .detail(EventDetails.PASSWORD_RESET, Boolean.toString(reset));
        if (login.clientId() != null) {
            event.client(login.clientId());
        }
        if (login.ipAddress() != null) {
            event.ipAddress(login.ipAddress());
        }
        if (login.userAgent() != null) {
            event.detail(EventDetails.USER_AGENT, login.userAgent());
        }
        event.error(ERROR);
        if (reset) {
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
            endSessions(session, realm, user);
        }
        LocalFormats formats = LocalFormats.of(session, realm, user);
        AccountNotice.send(session, realm, user, "slsNotMeNoticeSubject",
                reset ? "slsNotMeNoticeBodyReset" : "slsNotMeNoticeBody",
                login.clientName() == null ? String.valueOf(login.clientId()) : login.clientName(),
                login.ipAddress() == null ? "-" : login.ipAddress(),
                formats.dateTime(Instant.ofEpochSecond(Time.currentTime())), formats.dateTime(until));
    }

    /** As an admin's "sign out" does: tokens issued so far stop working, every session and offline session ends. */
    private static void endSessions(KeycloakSession session, RealmModel realm, UserModel user) {
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        session.sessions().getUserSessionsStream(realm, user).toList().forEach(userSession ->
                AuthenticationManager.backchannelLogout(session, realm, userSession, session.getContext().getUri(),
                        session.getContext().getConnection(), session.getContext().getRequestHeaders(), true));
        UserSessionManager manager = new UserSessionManager(session);
        session.sessions().getOfflineUserSessionsStream(realm, user).toList()
                .forEach(manager::revokeOfflineUserSession);
    }
}
