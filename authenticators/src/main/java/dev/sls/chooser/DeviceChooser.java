package dev.sls.chooser;

import dev.sls.core.login.LoginCancel;
import dev.sls.core.login.StatelessStep;
import dev.sls.level.DeviceLevels;
import dev.sls.level.DeviceSelectionStep;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.PasswordCredentialProvider;
import org.keycloak.credential.PasswordCredentialProviderFactory;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Select Second Factor Device": after the password, a person holding several of the devices offered beside this
 * step (its sibling ALTERNATIVE executions: SLS devices, Keycloak's OTP and WebAuthn) picks one, and the page posts
 * {@code authenticationExecution=<that step>}, Keycloak's own switch, which runs that device's step as it is. A person
 * with one device goes straight to it (this step ends ATTEMPTED); a person whose devices do not reach the level the
 * login needs is told which device would.
 *
 * <p>Why a {@link CredentialValidator} of the password: Keycloak 26 starts an ALTERNATIVE sub-flow with the first
 * step backed by one of the person's credentials, in the order of those credentials, and lists other steps after
 * them ({@code AuthenticationSelectionResolver}). Every person reaching this step has just used their password, which
 * Keycloak keeps first, so keying the chooser on it makes Keycloak start here. The chooser checks no password.
 */
public final class DeviceChooser
        implements StatelessStep, CredentialValidator<PasswordCredentialProvider>, DeviceSelectionStep {

    static final String ACTION = "sls-action";
    static final String CANCEL = "cancel";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        DeviceLevels levels = DeviceLevels.of(context.getSession(), context.getRealm(), context.getTopLevelFlow());
        int needed = neededLevel(context, levels);
        List<DeviceOptions.Step> steps = DeviceOptions.steps(context);
        List<ChoiceRow> rows = rows(context, steps, levels, needed, false);
        if (rows.isEmpty() && startSetup(context, steps)) {
            context.success();
            return;
        }
        if (rows.size() == 1 && !rows.get(0).belowLevel()) {
            // One device: Keycloak goes on with it, and its own screen says if it cannot be used now (a withdrawal
            // it may not confirm included: that screen shows the amount and lets the person cancel it).
            context.attempted();
            return;
        }
        if (rows.stream().noneMatch(ChoiceRow::allowed)) {
            context.challenge(DeviceNeededPage.render(context, steps, levels, rows, Math.max(needed, 1)));
            return;
        }
        context.challenge(ChooserPage.render(context, rows(context, steps, levels, needed, true), needed));
    }

    private static List<ChoiceRow> rows(AuthenticationFlowContext context, List<DeviceOptions.Step> steps,
                                        DeviceLevels levels, int needed, boolean withStatus) {
        return DeviceOptions.held(context, steps, levels, withStatus).stream()
                .map(option -> new ChoiceRow(option, DeviceAllowances.deny(context, option, needed))).toList();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (CANCEL.equals(context.getHttpRequest().getDecodedFormParameters().getFirst(ACTION))) {
            DeviceLevels levels = DeviceLevels.of(context.getSession(), context.getRealm(), context.getTopLevelFlow());
            String code = DeviceNeededPage.cancelCode(
                    rows(context, DeviceOptions.steps(context), levels, neededLevel(context, levels), false));
            LoginCancel.cancel(context, code, DeviceNeededPage.DEVICE_NEEDED.equals(code)
                    ? "none of the person's devices reaches the security level this login needs"
                    : "none of the person's devices may be used for what the application asked (see the code)");
            return;
        }
        authenticate(context);
    }

    /**
     * The level this login needs: that of the "Condition - Level of Authentication" sub-flow holding this step, or
     * the level the application asked for (acr_values, claims, default ACR), whichever is higher.
     */
    static int neededLevel(AuthenticationFlowContext context, DeviceLevels levels) {
        if (!levels.inUse()) {
            return Constants.NO_LOA;
        }
        int requested = new AcrStore(context.getSession(), context.getAuthenticationSession())
                .getRequestedLevelOfAuthentication(context.getTopLevelFlow());
        return Math.max(levels.levelAt(context.getExecution()), requested);
    }

    /**
     * A person without any device of this sub-flow is given one to set up after the login, like Keycloak's own
     * "setup required": an activation already pending (an IB Key or a DSC+ card on its way) is left to run, else the
     * configured set-up action is added. False when the chooser has no set-up action (a step-up sub-flow).
     */
    private static boolean startSetup(AuthenticationFlowContext context, List<DeviceOptions.Step> steps) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        boolean pending = steps.stream()
                .map(step -> DeviceOptions.setupAction(context.getSession(), user, step.provider()))
                .filter(action -> action != null && !action.isBlank())
                .anyMatch(action -> authSession.getRequiredActions().contains(action)
                        || user.getRequiredActionsStream().anyMatch(action::equals));
        if (pending) {
            return true;
        }
        String setup = ChooserConfig.from(context.getAuthenticatorConfig()).setupAction();
        if (setup.isEmpty()) {
            return false;
        }
        authSession.addRequiredAction(setup);
        return true;
    }

    static Optional<ChoiceRow> preselected(List<ChoiceRow> rows, Optional<String> lastUsed) {
        return lastUsed.flatMap(last -> rows.stream().filter(ChoiceRow::selectable)
                        .filter(row -> last.equals(row.option().credentialId())).findFirst())
                .or(() -> rows.stream().filter(ChoiceRow::selectable).findFirst());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Always: whether there is anything to choose is decided when the step runs. */

    @Override
    public PasswordCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (PasswordCredentialProvider) session.getProvider(CredentialProvider.class,
                PasswordCredentialProviderFactory.PROVIDER_ID);
    }
}
