package dev.sls.settings;

import java.util.Optional;
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
}
