package dev.sls.level;

import dev.sls.core.condition.SlsCondition;
import dev.sls.core.credential.LastUse;
import dev.sls.core.credential.SlsCredentialProvider;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowCallback;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.CommonClientSessionModel.ExecutionStatus;

/**
 * Records what the device used in its sub-flow reached, the way Keycloak's "Condition - Level of Authentication"
 * records its own level: when the sub-flow succeeds, the device's level (and every configured level below it) goes
 * into Keycloak's level map with the time, so {@code acr} says the device's level and a later step-up within each
 * level's max age does not ask again; and which device it was goes into the session notes for the {@code sls_device}
 * claim. As a condition it holds while no device of this login has reached the level of the sub-flow it sits in, so
 * a step-up sub-flow does not ask again for what the first device already proved.
 */
public final class DeviceLevelCondition implements SlsCondition, AuthenticationFlowCallback {

    static final String REACHED = "sls.device.level-reached";

    private final KeycloakSession session;

    DeviceLevelCondition(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<Integer> reached = reached(authSession);
        int here = DeviceLevels.of(context.getSession(), context.getRealm(), context.getTopLevelFlow())
                .levelAt(context.getExecution());
        if (reached.isEmpty() || here <= Constants.NO_LOA || reached.get() < here) {
            return true;
        }
        AcrStore acr = new AcrStore(context.getSession(), authSession);
        acr.setLevelAuthenticatedToCurrentRequest(
                Math.max(acr.getLevelOfAuthenticationFromCurrentAuthentication(), reached.get()));
        return false;
    }

    @Override
    public void onParentFlowSuccess(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Map<String, ExecutionStatus> statuses = authSession.getExecutionStatus();
        Optional<CredentialProvider<?>> used = realm.getAuthenticationExecutionsStream(
                        context.getExecution().getParentFlow())
                .filter(execution -> !execution.isAuthenticatorFlow() && execution.getAuthenticator() != null)
                .filter(execution -> statuses.get(execution.getId()) == ExecutionStatus.SUCCESS)
                .map(execution -> deviceProvider(context.getSession(), execution)).flatMap(Optional::stream)
                .findFirst();
        if (used.isEmpty()) {
            return;
        }
        String type = ActingDevice.take(authSession).orElse(used.get().getType());
        DeviceLevels levels = DeviceLevels.of(context.getSession(), realm, context.getTopLevelFlow());
        Integer level = levels.levelOf(context.getSession(), type).orElse(null);
        new UsedDevice(type, credentialId(context, used.get()), level).store(authSession);
        if (levels.inUse() && level != null) {
            AcrStore acr = new AcrStore(context.getSession(), authSession);
            int before = acr.getLevelOfAuthenticationFromCurrentAuthentication();
            levels.maxAges().headMap(level + 1).forEach((configured, maxAge) -> {
                if (maxAge > 0) {
                    acr.setLevelAuthenticated(configured);
                }
            });
            acr.setLevelAuthenticatedToCurrentRequest(Math.max(before, level));
            authSession.setAuthNote(REACHED, String.valueOf(level));
        }
    }

    /** Keycloak's level conditions may have set a lower level after the device's; the login ends at the device's. */
    @Override
    public void onTopFlowSuccess(AuthenticationFlowModel topFlow) {
        AuthenticationSessionModel authSession = session.getContext().getAuthenticationSession();
        if (authSession == null) {
            return;
        }
        reached(authSession).ifPresent(level -> {
            AcrStore acr = new AcrStore(session, authSession);
            acr.setLevelAuthenticatedToCurrentRequest(
                    Math.max(acr.getLevelOfAuthenticationFromCurrentAuthentication(), level));
        });
        UserModel user = authSession.getAuthenticatedUser();
        Optional<UsedDevice> device = UsedDevice.parse(authSession.getClientNote(UsedDevice.NOTE));
        if (user != null && device.isPresent()) {
            LastUsedDevice.remember(user, device.get().credentialId());
            LastUse.record(user, device.get().credentialId());
        }
    }

    private static Optional<Integer> reached(AuthenticationSessionModel authSession) {
        try {
            return Optional.ofNullable(authSession.getAuthNote(REACHED)).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<CredentialProvider<?>> deviceProvider(KeycloakSession session,
                                                                  AuthenticationExecutionModel execution) {
        Authenticator step = session.getProvider(Authenticator.class, execution.getAuthenticator());
        if (step instanceof CredentialValidator<?> validator && !(step instanceof DeviceSelectionStep)
                && !(step instanceof ConditionalAuthenticator)) {
            return Optional.of(validator.getCredentialProvider(session));
        }
        return Optional.empty();
    }

    /** The credential the step used: the one it named in the event, else the only one of its type the person has. */
    private static String credentialId(AuthenticationFlowContext context, CredentialProvider<?> provider) {
        UserModel user = context.getUser();
        Map<String, String> details = context.getEvent().getEvent().getDetails();
        String named = details == null ? null : details.get(Details.SELECTED_CREDENTIAL_ID);
        CredentialModel stored = named == null ? null : user.credentialManager().getStoredCredentialById(named);
        if (stored != null && provider.getType().equals(stored.getType())) {
            return named;
        }
        if (provider instanceof SlsCredentialProvider<?> sls) {
            return sls.active(user).map(CredentialModel::getId).orElse(null);
        }
        var credentials = user.credentialManager().getStoredCredentialsByTypeStream(provider.getType()).toList();
        return credentials.size() == 1 ? credentials.get(0).getId() : null;
    }
}
