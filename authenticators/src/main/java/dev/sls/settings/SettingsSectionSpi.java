package dev.sls.settings;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: the boxes capabilities add to the Secure Login settings page. */
public final class SettingsSectionSpi extends SlsSpi {

    public static final String NAME = "sls-settings-section";

    public SettingsSectionSpi() {
        super(NAME, SettingsSection.class, SettingsSectionFactory.class);
    }
}
