package dev.sls.binding;

import java.text.MessageFormat;
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
 * Tells the person something about their account on a channel other than the login (NIST SP 800-63B-4 §4.1): an email
 * through Keycloak's sender, in the person's language, when the realm has SMTP settings and the person an email
 * address. The body's {@code {0}} is the person's first name (or username); the caller's arguments follow from
 * {@code {1}}. A failed send is logged (without the address) and never undoes what was told.
 */
public final class AccountNotice {

    private static final Logger LOG = Logger.getLogger(AccountNotice.class);

    private AccountNotice() {
    }

    /** Sends the notice if the realm and the person allow it; message keys come from the {@code sls} theme. */
    public static void send(KeycloakSession session, RealmModel realm, UserModel user, String subjectKey,
                            String bodyKey, Object... arguments) {
        String address = user.getEmail();
        if (address == null || address.isBlank() || !canMail(realm)) {
            return;
        }
        try {
            Locale locale = session.getContext().resolveLocale(user);
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            Object[] values = new Object[arguments.length + 1];
            values[0] = user.getFirstName() == null || user.getFirstName().isBlank() ? user.getUsername()
                    : user.getFirstName();
            for (int i = 0; i < arguments.length; i++) {
                values[i + 1] = arguments[i] instanceof MessageKey key
                        ? messages.getProperty(key.key(), key.key()) : arguments[i];
            }
            String body = new MessageFormat(messages.getProperty(bodyKey), locale).format(values);
            session.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(), user,
                    messages.getProperty(subjectKey), body, null);
        } catch (EmailException | java.io.IOException | RuntimeException e) {
            LOG.warnf("The account notice %s to user %s could not be sent: %s", subjectKey, user.getId(),
                    e.getMessage());
        }
    }

    private static boolean canMail(RealmModel realm) {
        return realm.getSmtpConfig() != null && realm.getSmtpConfig().get("host") != null
                && !realm.getSmtpConfig().get("host").isBlank();
    }

    /** An argument that is itself a message key, translated in the person's language (a device's name). */
    public record MessageKey(String key) {
    }
}
