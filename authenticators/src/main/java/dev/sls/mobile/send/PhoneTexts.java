package dev.sls.mobile.send;

import dev.sls.core.cache.BoundedCache;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.LoginMessages;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * The words of text messages and calls, from the login theme's messages in the person's language. They are read-only,
 * so they are built once per realm and language on each node and remembered (bounded); the key carries what they are
 * built from (the realm's login theme, display name, default language and its own texts for the language), so a
 * change of any of these in the realm's settings reaches the next send on every node.
 */
final class PhoneTexts {

    private static final int CAPACITY = 256;
    private static final BoundedCache<Key, PhoneTexts> BUILT = new BoundedCache<>(CAPACITY);

    private final Properties messages;
    private final Locale locale;
    private final LocalFormats formats;

    private PhoneTexts(Properties messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.formats = LocalFormats.of(locale, LoginMessages.of(messages));
    }

    /** What a realm's texts in one language are built from. */
    private record Key(String realmId, Locale locale, String theme, String displayName, String defaultLocale,
                       Map<String, String> realmTexts) {
    }

    static PhoneTexts of(KeycloakSession session, RealmModel realm, Locale locale) {
        Key key = new Key(realm.getId(), locale, realm.getLoginTheme(), realm.getDisplayName(),
                realm.getDefaultLocale(), realmTexts(realm, locale));
        return BUILT.get(key, k -> build(session, realm, locale));
    }

    private static PhoneTexts build(KeycloakSession session, RealmModel realm, Locale locale) {
        try {
            return new PhoneTexts(session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale), locale);
        } catch (IOException | RuntimeException e) {
            return new PhoneTexts(new Properties(), locale);
        }
    }

    /** The realm's own texts (Realm settings > Localization) for the language and the realm's default language. */
    private static Map<String, String> realmTexts(RealmModel realm, Locale locale) {
        Map<String, String> texts = new HashMap<>(realm.getRealmLocalizationTextsByLocale(locale.toLanguageTag()));
        if (realm.getDefaultLocale() != null) {
            realm.getRealmLocalizationTextsByLocale(realm.getDefaultLocale())
                    .forEach((name, value) -> texts.putIfAbsent("default." + name, value));
        }
        return Map.copyOf(texts);
    }

    /** Waits and lifetimes in the same language, with the theme's unit words. */
    LocalFormats formats() {
        return formats;
    }

    String get(String key, String fallback, Object... parameters) {
        String pattern = messages.getProperty(key, fallback);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }
}
