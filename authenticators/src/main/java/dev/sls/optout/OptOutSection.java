package dev.sls.optout;

import dev.sls.settings.AccountRights;
import dev.sls.settings.ActionLink;
import dev.sls.settings.SettingsSection;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The "Secure Login Settings" box of the settings page: whether a device is needed at every login, and the Configure
 * link to {@link OptOutAction} for a person holding the right, when the realm offers opting out or the person is opted
 * out. Shown only then.
 */
final class OptOutSection implements SettingsSection {

    static final String TEMPLATE = "sls-optout-section.ftl";

    /**
     * @param optedOut     whether Secure Login is not required for trading now
     * @param configureUrl the Configure link, or null when the person may not change it
     */
    public record Box(boolean optedOut, String configureUrl) {
    }

    @Override
    public Optional<SectionView> view(KeycloakSession session, RealmModel realm, UserModel user) {
        boolean optedOut = OptOutSettings.optedOut(user);
        if (!OptOutSettings.allowed(realm) && !optedOut) {
            return Optional.empty();
        }
        String configure = AccountRights.maySetSecurity(realm, user)
                ? ActionLink.to(session, session.getContext().getAuthenticationSession(),
                OptOutActionFactory.PROVIDER_ID).orElse(null)
                : null;
        return Optional.of(new SectionView(TEMPLATE, new Box(optedOut && OptOutSettings.allowed(realm), configure)));
    }
}
