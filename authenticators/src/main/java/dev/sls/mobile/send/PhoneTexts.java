package dev.sls.mobile.send;

import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.LoginMessages;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/** The words of text messages and calls, from the login theme's messages in the person's language. */
final class PhoneTexts {

    private final Properties messages;
    private final Locale locale;

    private PhoneTexts(Properties messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static PhoneTexts of(KeycloakSession session, RealmModel realm, Locale locale) {
        try {
            return new PhoneTexts(session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale), locale);
        } catch (IOException | RuntimeException e) {
            return new PhoneTexts(new Properties(), locale);
        }
    }

    /** Waits and lifetimes in the same language, with the theme's unit words. */
    LocalFormats formats() {
        return LocalFormats.of(locale, LoginMessages.of(messages));
    }

    String get(String key, String fallback, Object... parameters) {
        String pattern = messages.getProperty(key, fallback);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }
}
