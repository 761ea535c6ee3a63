package dev.sls.level;

import dev.sls.core.login.StatelessStep;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Put after the password in a realm's direct-grant flow: a direct grant ({@code grant_type=password}) proves only a
 * password, so a person who holds any second-factor device (an SLS device, Keycloak's OTP, a passkey) gets no token
 * from it — their account is protected by that device, and a password-only token would reach what the device guards.
 * People without any device pass, as without this step. The refusal is a challenge, not a failure: the password was
 * right, so nothing is counted against the person.
 */
final class DirectGrantDeviceGuard implements StatelessStep {

    static final String ERROR = "invalid_grant";
    private static final Set<String> PASSWORD_ONLY = Set.of(PasswordCredentialModel.TYPE,
            PasswordCredentialModel.PASSWORD_HISTORY);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null || !holdsADevice(user)) {
            context.success();
            return;
        }
        context.getEvent().user(user).detail(Details.REASON, "second_factor_required");
        Response refusal = Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(CacheControl.valueOf("no-store")).entity(Map.of("error", ERROR,
                        "error_description", "This account signs in with a second factor: use the browser login."))
                .build();
        context.forceChallenge(refusal);
    }

    static boolean holdsADevice(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream()
                .anyMatch(credential -> !PASSWORD_ONLY.contains(credential.getType()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // a direct grant has no second round
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
