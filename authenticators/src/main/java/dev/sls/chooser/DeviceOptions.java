package dev.sls.chooser;

import dev.sls.level.DeviceLevels;
import dev.sls.level.DeviceSelectionStep;
import dev.sls.core.credential.SlsCredentialProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The device steps beside a chooser (its sibling ALTERNATIVE executions) and the person's devices for each: the
 * active one of an SLS device type, every credential of Keycloak's own types.
 */
final class DeviceOptions {

    /** A device step beside the chooser. */
    record Step(AuthenticationExecutionModel execution, Authenticator authenticator, CredentialProvider<?> provider) {

        String credentialType() {
            return provider.getType();
        }
    }

    private DeviceOptions() {
    }

    static List<Step> steps(AuthenticationFlowContext context) {
        KeycloakSession session = context.getSession();
        AuthenticationExecutionModel chooser = context.getExecution();
        List<Step> steps = new ArrayList<>();
        context.getRealm().getAuthenticationExecutionsStream(chooser.getParentFlow())
                .filter(execution -> !execution.isAuthenticatorFlow() && execution.isAlternative()
                        && !execution.getId().equals(chooser.getId()) && execution.getAuthenticator() != null)
                .forEachOrdered(execution -> {
                    Authenticator step = session.getProvider(Authenticator.class, execution.getAuthenticator());
                    if (step instanceof CredentialValidator<?> validator && !(step instanceof DeviceSelectionStep)
                            && !(step instanceof ConditionalAuthenticator)) {
                        steps.add(new Step(execution, step, validator.getCredentialProvider(session)));
                    }
                });
        return steps;
    }

    /**
     * The person's devices. {@code withStatus}: also ask each device how it stands now (limits, card states), which
     * only the chooser's page needs; without it every device is taken as usable.
     */
    static List<DeviceOption> held(AuthenticationFlowContext context, List<Step> steps, DeviceLevels levels,
                                   boolean withStatus) {
        KeycloakSession session = context.getSession();
        UserModel user = context.getUser();
        List<DeviceOption> options = new ArrayList<>();
        for (Step step : steps) {
            String nameKey = nameKey(session, user, step.provider());
            Integer level = levels.levelOf(session, step.credentialType()).orElse(null);
            credentials(user, step).forEach(credential -> {
                boolean described = step.authenticator() instanceof ChoosableDevice;
                Integer ownLevel = described ? ((ChoosableDevice) step.authenticator()).actsAs(context, credential)
                        .map(type -> levels.levelOf(session, type).orElse(null)).orElse(level) : level;
                String detail = described ? ((ChoosableDevice) step.authenticator()).describe(context, credential)
                        : credential.getUserLabel();
                DeviceStatus status = described && withStatus
                        ? ((ChoosableDevice) step.authenticator()).status(context, credential) : DeviceStatus.USABLE;
                options.add(new DeviceOption(step.execution().getId(), step.credentialType(), credential.getId(),
                        nameKey, detail == null ? "" : detail, ownLevel, status));
            });
        }
        return options;
    }

    static String nameKey(KeycloakSession session, UserModel user, CredentialProvider<?> provider) {
        return provider.getCredentialTypeMetadata(CredentialTypeMetadataContext.builder().user(user).build(session))
                .getDisplayName();
    }

    static String setupAction(KeycloakSession session, UserModel user, CredentialProvider<?> provider) {
        return provider.getCredentialTypeMetadata(CredentialTypeMetadataContext.builder().user(user).build(session))
                .getCreateAction();
    }

    private static Stream<? extends CredentialModel> credentials(UserModel user, Step step) {
        if (step.provider() instanceof SlsCredentialProvider<?> sls) {
            return sls.active(user).stream();
        }
        return user.credentialManager().getStoredCredentialsByTypeStream(step.credentialType());
    }
}
