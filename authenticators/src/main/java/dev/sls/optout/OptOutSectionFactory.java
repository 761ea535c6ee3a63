package dev.sls.optout;

import dev.sls.settings.SettingsSection;
import dev.sls.settings.SettingsSectionFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the Secure Login Settings box, after the sharing box. */
public final class OptOutSectionFactory implements SettingsSectionFactory {

    public static final String PROVIDER_ID = "sls-optout";

    @Override
    public SettingsSection create(KeycloakSession session) {
        return new OptOutSection();
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public int order() {
        return 100;
    }
}
