package dev.sls.settings;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;

/**
 * {@code kc_action=sls-settings}: the person's Secure Login settings page — their devices with level and state,
 * Share Device, and the boxes of the capabilities ({@link SettingsSection}). Opens only after a fresh login with a
 * device ({@link DeviceLogin}); "Done" goes back to the application.
 */
final class SettingsAction implements RequiredActionProvider {

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // only ever application-initiated
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (DeviceLogin.refuses(context, SettingsActionFactory.PROVIDER_ID)) {
            return;
        }
        SettingsPage page = SettingsPage.of(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession());
        context.challenge(context.form().setAttribute("slsSettings", page).createForm(SettingsPage.TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (DeviceLogin.refuses(context, SettingsActionFactory.PROVIDER_ID)) {
            return;
        }
        context.success();
    }

    @Override
    public void close() {
        // stateless
    }
}
