package dev.sls.settings;

import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * A box on the Secure Login settings page that another capability contributes (the state of a sharing request, the
 * opt-out box, …), so the page names no capability. A capability adds one as a provider of the SPI
 * {@value SettingsSectionSpi#NAME}; the page shows the boxes in ascending {@link SettingsSectionFactory#order()}.
 */
public interface SettingsSection extends Provider {

    /**
     * What the box shows for {@code user}, or empty when it has nothing to show (the box is then left out).
     * Called only after the page proved the person's device; never put a secret or another person's data in it.
     */
    Optional<SectionView> view(KeycloakSession session, RealmModel realm, UserModel user);

    /**
     * Carries out {@code verb}, posted from this box on the settings page as {@code sls-settings=<provider id>:<verb>}
     * (a button of the page's own form, so Keycloak's checks of the login action apply). The page proved the
     * person's device just before. An action that changes something first answers {@link Acted#confirm}; the page
     * then asks, and posts the same verb again with {@code confirmed}. Empty for a verb the box does not know.
     */
    default Optional<Acted> act(KeycloakSession session, RealmModel realm, UserModel user, EventBuilder event,
                                String verb, boolean confirmed) {
        return Optional.empty();
    }

    @Override
    default void close() {
        // sections hold nothing per session
    }

    /**
     * What the page renders: {@code template} is a FreeMarker file of the {@code sls} login theme that the page
     * includes, reading {@code model} as the variable {@code section}.
     */
    record SectionView(String template, Object model) {

        public SectionView {
            if (template == null || !template.endsWith(".ftl")) {
                throw new IllegalArgumentException("a section names an .ftl template of the sls theme");
            }
        }
    }

    /**
     * What came of an action: a question to confirm, or the outcome shown on the page.
     *
     * @param kind        {@link Kind}
     * @param messageKey  the sentence the page shows
     * @param argumentKey message key of its one argument (e.g. a device's name), may be null
     */
    record Acted(Kind kind, String messageKey, String argumentKey) {

        public enum Kind { CONFIRM, DONE, REFUSED }

        public static Acted confirm(String messageKey) {
            return new Acted(Kind.CONFIRM, messageKey, null);
        }

        public static Acted done(String messageKey, String argumentKey) {
            return new Acted(Kind.DONE, messageKey, argumentKey);
        }

        public static Acted refused(String messageKey) {
            return new Acted(Kind.REFUSED, messageKey, null);
        }
    }
}
