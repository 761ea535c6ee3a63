package dev.sls.sharing;

import dev.sls.settings.SettingsSection;
import dev.sls.settings.SettingsSectionFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the sharing box of the settings page. */
public final class SharingSectionFactory implements SettingsSectionFactory {

    public static final String PROVIDER_ID = "sls-sharing";
    private static final SettingsSection SECTION = new SharingSection();

    @Override
    public SettingsSection create(KeycloakSession session) {
        return SECTION;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public int order() {
        return 20;
    }
}
