package dev.sls.settings;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderFactory;

/**
 * What the settings page shows, as the template {@value #TEMPLATE} reads it ({@code slsSettings}).
 *
 * @param devices    the person's devices, strongest first
 * @param sections   the boxes of the capabilities, in their order
 * @param maySet     whether the person holds the right to change the account's security settings
 * @param holders    who does, in the person's account(s), when the person does not (usernames only)
 */
public record SettingsPage(List<DeviceRow> devices, List<SettingsSection.SectionView> sections,
                           boolean maySet, List<String> holders) {

    public static final String TEMPLATE = "sls-settings.ftl";

    public SettingsPage {
        devices = List.copyOf(devices);
        sections = List.copyOf(sections);
        holders = List.copyOf(holders);
    }

    static SettingsPage of(KeycloakSession session, RealmModel realm, UserModel user) {
        boolean maySet = AccountRights.maySetSecurity(realm, user);
        return new SettingsPage(SettingsDevices.of(session, realm, user), sections(session, realm, user),
                maySet, maySet ? List.of() : AccountRights.holders(session, realm, user));
    }

    /** The notice for a person without the right (the page shows it only then). */
    public boolean notice() {
        return !maySet;
    }

    private static List<SettingsSection.SectionView> sections(KeycloakSession session, RealmModel realm,
                                                              UserModel user) {
        return List.copyOf(sectionsById(session, realm, user).values());
    }

    /** The boxes the capabilities show {@code user}, in their order, by the id of the section's factory. */
    public static Map<String, SettingsSection.SectionView> sectionsById(KeycloakSession session, RealmModel realm,
                                                                       UserModel user) {
        Map<String, SettingsSection.SectionView> sections = new LinkedHashMap<>();
        session.getKeycloakSessionFactory().getProviderFactoriesStream(SettingsSection.class)
                .sorted(Comparator.comparingInt(ProviderFactory::order))
                .forEach(factory -> session.getProvider(SettingsSection.class, factory.getId())
                        .view(session, realm, user).ifPresent(view -> sections.put(factory.getId(), view)));
        return sections;
    }
}
