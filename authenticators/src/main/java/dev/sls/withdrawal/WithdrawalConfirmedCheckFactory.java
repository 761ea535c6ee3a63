package dev.sls.withdrawal;

import dev.sls.core.factory.SlsAuthenticatorFactory;
import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;

/** Registers {@link WithdrawalConfirmedCheck} as {@value #PROVIDER_ID}. */
public final class WithdrawalConfirmedCheckFactory extends SlsAuthenticatorFactory {

    public static final String PROVIDER_ID = "sls-withdrawal-confirmed";
    private static final WithdrawalConfirmedCheck CHECK = new WithdrawalConfirmedCheck();

    public WithdrawalConfirmedCheckFactory() {
        super(PROVIDER_ID, "SLS Withdrawal Confirmed",
                "Put it REQUIRED after the sub-flows of the second factor. A login whose application asked for a"
                        + " withdrawal ends only if an SLS device confirmed it; any other step (Keycloak's OTP, a"
                        + " passkey, even when picked by a forged post) gets the refusal page.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return CHECK;
    }

    /** The check verifies no secret, so it counts no failures. */
    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
