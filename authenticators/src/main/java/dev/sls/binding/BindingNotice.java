package dev.sls.binding;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * Tells the person, on a channel other than the login, that a device was bound to their account and what to do if it
 * was not them: an email through Keycloak's sender, in the person's language, when the realm has SMTP settings and the
 * person an email address. A failed send is logged (without the address) and never undoes the binding.
 */
final class BindingNotice {

    static final String SUBJECT = "slsDeviceBoundSubject";
    static final String BODY = "slsDeviceBoundBody";
    private static final Logger LOG = Logger.getLogger(BindingNotice.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private BindingNotice() {
    }

    static void send(KeycloakSession session, RealmModel realm, UserModel user, String deviceKey, long at) {
        String address = user.getEmail();
        if (address == null || address.isBlank() || realm.getSmtpConfig() == null
                || realm.getSmtpConfig().get("host") == null || realm.getSmtpConfig().get("host").isBlank()) {
            return;
        }
        try {
            Locale locale = session.getContext().resolveLocale(user);
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            String device = messages.getProperty(deviceKey, deviceKey);
            String name = user.getFirstName() == null || user.getFirstName().isBlank() ? user.getUsername()
                    : user.getFirstName();
            String body = new MessageFormat(messages.getProperty(BODY), locale)
                    .format(new Object[] {name, device, user.getUsername(), WHEN.format(Instant.ofEpochSecond(at))});
            session.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(), user,
                    messages.getProperty(SUBJECT), body, null);
        } catch (EmailException | java.io.IOException | RuntimeException e) {
            LOG.warnf("The device-binding notice to user %s could not be sent: %s", user.getId(), e.getMessage());
        }
    }
}
