package dev.sls.binding;

import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;

/**
 * {@code kc_action=sls-remove-device:<credential id>}: the pack's own door for a person removing an SLS device (the
 * stock doors refuse: SLS credential types are not "removeable"). Asks for confirmation with Keycloak's own page, and
 * removes only when {@link RemovalRules} allow it, checked again on the confirming post.
 */
final class RemoveDeviceAction implements RequiredActionProvider {

    static final String ERROR = "sls_remove_device_refused";

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
        String credentialId = context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_PARAMETER);
        if (refused(context, credentialId)) {
            return;
        }
        CredentialModel device = RemovalRules.device(context.getUser(), credentialId).orElseThrow();
        String label = device.getUserLabel() != null && !device.getUserLabel().isBlank() ? device.getUserLabel()
                : device.getType();
        context.challenge(context.form().setAttribute("credentialLabel", label).createForm("delete-credential.ftl"));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        String credentialId = context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_PARAMETER);
        if (refused(context, credentialId)) {
            return;
        }
        CredentialModel device = RemovalRules.device(context.getUser(), credentialId).orElseThrow();
        CredentialProvider<?> provider = context.getSession().getProvider(CredentialProvider.class, device.getType());
        boolean removed = provider != null
                ? provider.deleteCredential(context.getRealm(), context.getUser(), device.getId())
                : context.getUser().credentialManager().removeStoredCredentialById(device.getId());
        if (!removed) {
            refuse(context, "slsRemoveNotFound", null);
            return;
        }
        if (BindingHistory.isSecondFactor(device.getType())) {
            DeviceHistory.record(context.getSession(), context.getRealm(), context.getUser(), HistoryEntry.of(
                    HistoryEvent.REMOVED, device.getType(), device.getId(), device.getUserLabel(), "person"));
        }
        context.getEvent().clone().event(EventType.REMOVE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, device.getType())
                .detail(Details.CREDENTIAL_ID, device.getId()).success();
        context.success();
    }

    private static boolean refused(RequiredActionContext context, String credentialId) {
        RemovalRules.Outcome outcome = RemovalRules.check(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession(), credentialId);
        switch (outcome) {
            case ALLOWED -> {
                return false;
            }
            case NOT_FOUND -> refuse(context, "slsRemoveNotFound", null);
            case NEEDS_DEVICE -> refuse(context, "slsRemoveNeedsDevice", BindingSettings.maxAgeInWords(
                    context.getSession(), context.getRealm(), context.getUser()));
            case KEEPS_LEVEL -> refuse(context, "slsRemoveKeepsLevel", null);
        }
        return true;
    }

    private static void refuse(RequiredActionContext context, String message, String argument) {
        context.getEvent().clone().event(EventType.REMOVE_CREDENTIAL).detail(Details.REASON, message).error(ERROR);
        var form = context.form();
        if (argument == null) {
            form.setError(message);
        } else {
            form.setError(message, argument);
        }
        context.challenge(form.createErrorPage(Response.Status.BAD_REQUEST));
    }

    @Override
    public void close() {
        // stateless
    }
}
