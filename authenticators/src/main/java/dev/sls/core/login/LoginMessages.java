package dev.sls.core.login;

import dev.sls.core.cache.BoundedCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/** Texts from the login theme in the user's language: notification titles and client display names. */
public final class LoginMessages {

    private static final BoundedCache<String, LoginMessages> BUILT = new BoundedCache<>(500);

    private final Properties messages;

    private LoginMessages(Properties messages) {
        this.messages = messages;
    }

    public static LoginMessages of(AuthenticationFlowContext context) {
        return of(context.getSession(), context.getRealm(), context.getUser());
    }

    /** The login theme's texts in the language {@code user}'s pages are shown in ({@code user} may be null). */
    public static LoginMessages of(KeycloakSession session, RealmModel realm, UserModel user) {
        try {
            Locale locale = session.getContext().resolveLocale(user);
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            // Built once per realm, theme, locale and version of the realm's own translations: merging the bundles
            // is most of what a login's texts cost. The texts are only read.
            String key = realm.getId() + "|" + theme.getName() + "|" + locale.toLanguageTag() + "|"
                    + realm.getRealmLocalizationTexts().hashCode();
            return BUILT.get(key, built -> {
                try {
                    return new LoginMessages(theme.getEnhancedMessages(realm, locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            return new LoginMessages(new Properties());
        }
    }

    /** Texts from {@code messages} as they are (tests, and texts read elsewhere). */
    public static LoginMessages of(Properties messages) {
        Properties copy = new Properties();
        copy.putAll(messages);
        return new LoginMessages(copy);
    }

    public String get(String key, String fallback) {
        return messages.getProperty(key, fallback);
    }

    /** The client's name as people see it: {@code ${key}} names are looked up, missing names use the client id. */
    public String clientName(ClientModel client) {
        String name = client.getName();
        if (name == null || name.isBlank()) {
            return client.getClientId();
        }
        if (name.startsWith("${") && name.endsWith("}")) {
            return messages.getProperty(name.substring(2, name.length() - 1), client.getClientId());
        }
        return name;
    }
}
