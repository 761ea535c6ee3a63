package dev.sls.ibkey.activation;

import dev.sls.binding.BindingGate;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.level.EnrolledDevice;
import dev.sls.wait.WaitUrls;
import dev.sls.wait.Watches;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Activate IB Key": a QR code with the activation code printed under it. The phone redeems the code through the
 * device API; the page, long-polling its watch, moves on by itself. An expired code is replaced by a fresh one.
 */
public final class ActivateIbKeyAction implements RequiredActionProvider, CredentialRegistrator {

    static final String TEMPLATE = "sls-ibkey-activate.ftl";
    static final String STEP_FIELD = "sls-step";
    static final String STEP_NEW_CODE = "new-code";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by the IB Key authenticator for users without a phone, by an admin, or through kc_action.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (BindingGate.refuses(context, IbKeyCredentialModel.TYPE)) {
            return;
        }
        show(context, ActivationNotes.current(context.getAuthenticationSession()).orElseGet(() -> issue(context)),
                null);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BindingGate.refuses(context, IbKeyCredentialModel.TYPE)) {
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (STEP_NEW_CODE.equals(form.getFirst(STEP_FIELD))) {
            show(context, issue(context), null);
            return;
        }
        Optional<String> activated = activatedByThisPage(context);
        if (activated.isPresent()) {
            ActivationNotes.clear(authSession);
            // The phone proved it holds the key by redeeming the code this page showed.
            EnrolledDevice.record(context, IbKeyCredentialModel.TYPE, activated.get(), List.of());
            context.success();
            return;
        }
        Optional<IssuedActivation> current = ActivationNotes.current(authSession);
        if (current.isEmpty()) {
            show(context, issue(context), "slsIbKeyActivationExpired");
        } else {
            show(context, current.get(), "slsIbKeyActivationNotYet");
        }
    }

    /** The id of the phone the code this page showed activated, if it did. */
    private static Optional<String> activatedByThisPage(RequiredActionContext context) {
        Optional<String> watchId = ActivationNotes.watchId(context.getAuthenticationSession());
        if (watchId.isEmpty()
                || !new Watches(context.getSession()).state(watchId.get()).equals(ActivationCodes.ACTIVATED)) {
            return Optional.empty();
        }
        return IbKeyDevices.provider(context.getSession()).active(context.getUser())
                .filter(key -> watchId.get().equals(key.data().getActivationId())).map(IbKeyCredentialModel::getId);
    }

    private static IssuedActivation issue(RequiredActionContext context) {
        IbKeyActivationConfig config = IbKeyActivationConfig.from(context.getConfig());
        IssuedActivation issued = new ActivationCodes(context.getSession())
                .issue(context.getRealm(), context.getUser(), config.codeLifetimeSeconds());
        new Watches(context.getSession()).open(issued.watchId(), config.codeLifetimeSeconds() + 600L);
        ActivationNotes.store(context.getAuthenticationSession(), issued);
        return issued;
    }

    private static void show(RequiredActionContext context, IssuedActivation issued, String error) {
        KeycloakSession session = context.getSession();
        String server = WaitUrls.serverUrl(session);
        ActivationUri uri = new ActivationUri(server, context.getRealm().getName(), issued.code());
        var form = context.form()
                .setAttribute("slsQr", ActivationQr.dataUri(uri.format()))
                .setAttribute("slsActivationCode", issued.code().display())
                .setAttribute("slsServerUrl", server)
                .setAttribute("slsRealmName", context.getRealm().getName())
                .setAttribute("slsExpiresIn", Math.max(0, issued.expiresAt() - Time.currentTime()))
                .setAttribute("slsWaitUrl", WaitUrls.waitUrl(session, context.getRealm(), issued.watchId()));
        if (IbKeyActivationConfig.from(context.getConfig()).referenceAppHints()) {
            form.setAttribute("slsReferenceApp", "activate --server " + server + " --realm " + context.getRealm().getName()
                    + " --code " + issued.code().display());
        }
        if (error != null) {
            form.setError(error);
        }
        context.challenge(form.createForm(TEMPLATE));
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authenticationSession) {
        return IbKeyCredentialModel.TYPE;
    }

    @Override
    public void close() {
        // stateless
    }
}
