package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardAnswer;
import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.codecard.protocol.IndexChallenge;
import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.core.login.Lockout;
import dev.sls.withdrawal.WithdrawalGate;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/**
 * Login with the Security Code Card: shows index numbers, checks the codes typed for them. Every
 * answer, right or wrong, retires the challenge; a wrong one is reported through
 * {@code failureChallenge} so the brute-force detector counts it (reference category {@code otp}).
 */
public final class CodeCardAuthenticator extends DeviceAuthenticator<CodeCardCredentialProvider>
        implements ChoosableDevice {

    static final String TEMPLATE = "sls-code-card-login.ftl";
    static final String INVALID = "slsCodeCardInvalid";
    static final String EXPIRED = "slsCodeCardChallengeExpired";

    private static final CodeCardChallengeNote NOTE = new CodeCardChallengeNote("login");

    CodeCardAuthenticator() {
        super(CodeCardCredentialProvider.DEVICE);
    }

    /** A printed card is always at hand; the chooser lists it by its name. */
    @Override
    public String describe(AuthenticationFlowContext context, CredentialModel credential) {
        return credential.getUserLabel();
    }

    @Override
    public DeviceStatus status(AuthenticationFlowContext context, CredentialModel credential) {
        return DeviceStatus.USABLE;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<CodeCardCredentialModel> card = getCredentialProvider(context.getSession()).active(context.getUser());
        if (card.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            return;
        }
        if (!WithdrawalGate.admits(context, CodeCardCredentialModel.TYPE)) {
            return;
        }
        context.challenge(newChallenge(context, card.get(), null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Optional<CodeCardCredentialModel> card = getCredentialProvider(context.getSession()).active(user);
        if (card.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            return;
        }
        if (!WithdrawalGate.admits(context, CodeCardCredentialModel.TYPE)) {
            return;
        }
        CodeCardCredentialModel active = card.get();
        context.getEvent().detail(Details.CREDENTIAL_TYPE, CodeCardCredentialModel.TYPE)
                .detail(Details.SELECTED_CREDENTIAL_ID, active.getId());

        Optional<IndexChallenge> challenge = NOTE.take(context.getAuthenticationSession(), active.getId(), active.spec());
        if (challenge.isEmpty()) {
            context.challenge(newChallenge(context, active, EXPIRED));
            return;
        }
        if (Lockout.isBruteForceLocked(context.getSession(), context.getRealm(), user)) {
            // Same words as a wrong code: a locked account is not revealed, and the attempt is not counted again.
            context.getEvent().user(user).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(newChallenge(context, active, INVALID));
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        CodeCardAnswer answer = new CodeCardAnswer(active.getId(), challenge.get(), CodeCardForm.readCodes(form, challenge.get()));
        if (user.credentialManager().isValid(answer)) {
            WithdrawalGate.confirmAndRecord(context, CodeCardCredentialModel.TYPE);
            return;
        }
        context.getEvent().user(user).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, newChallenge(context, active, INVALID));
    }

    private static Response newChallenge(AuthenticationFlowContext context, CodeCardCredentialModel card, String error) {
        CodeCardLoginConfig config = CodeCardLoginConfig.from(context.getAuthenticatorConfig());
        IndexChallenge challenge = NOTE.issue(context.getAuthenticationSession(), card.getId(), card.spec(),
                config.positions(), config.challengeLifetimeSeconds());
        return CodeCardForm.render(context.form(), TEMPLATE, challenge, card.spec().codeLength(), error);
    }
}
