package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardAnswer;
import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.codecard.protocol.IndexChallenge;
import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.core.login.Lockout;
import dev.sls.withdrawal.WithdrawalGate;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

/**
 * Login with the Security Code Card: shows index numbers, checks the codes typed for them. Every
 * answer, right or wrong, retires the challenge; a wrong one is reported through
 * {@code failureChallenge} so the brute-force detector counts it (reference category {@code otp}).
 */
public final class CodeCardAuthenticator
        extends DeviceAuthenticator<CodeCardCredentialProvider, CodeCardCredentialModel>
        implements ChoosableDevice {

    static final String TEMPLATE = "sls-code-card-login.ftl";
    static final String INVALID = "slsCodeCardInvalid";
    static final String EXPIRED = "slsCodeCardChallengeExpired";

    private static final BoundChallenge CHALLENGE = BoundChallenge.inNote("sls.code-card.login.challenge");

    CodeCardAuthenticator() {
        super(CodeCardCredentialProvider.DEVICE, WithdrawalGate::admits);
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
    protected Optional<CodeCardCredentialModel> activeCredential(AuthenticationFlowContext context) {
        return getCredentialProvider(context.getSession()).active(context.getUser());
    }

    @Override
    protected String credentialId(CodeCardCredentialModel card) {
        return card.getId();
    }

    @Override
    protected void showChallenge(AuthenticationFlowContext context, CodeCardCredentialModel card) {
        context.challenge(newChallenge(context, card, null));
    }

    @Override
    protected void verifyPost(AuthenticationFlowContext context, CodeCardCredentialModel card) {
        UserModel user = context.getUser();
        Optional<IndexChallenge> challenge = CHALLENGE.take(context.getAuthenticationSession(), card.getId())
                .flatMap(stored -> CodeCardForm.asked(stored, card.spec()));
        if (challenge.isEmpty()) {
            context.challenge(newChallenge(context, card, EXPIRED));
            return;
        }
        if (Lockout.refuses(context, () -> newChallenge(context, card, INVALID))) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        CodeCardAnswer answer = new CodeCardAnswer(card.getId(), challenge.get(), CodeCardForm.readCodes(form, challenge.get()));
        if (user.credentialManager().isValid(answer)) {
            WithdrawalGate.confirmAndRecord(context, CodeCardCredentialModel.TYPE);
            return;
        }
        context.getEvent().user(user).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, newChallenge(context, card, INVALID));
    }

    private static Response newChallenge(AuthenticationFlowContext context, CodeCardCredentialModel card, String error) {
        CodeCardLoginConfig config = CodeCardLoginConfig.from(context.getAuthenticatorConfig());
        IndexChallenge challenge = CodeCardForm.draw(card.spec(), config.positions());
        CHALLENGE.issue(context.getAuthenticationSession(), card.getId(), challenge.format(),
                config.challengeLifetimeSeconds());
        return CodeCardForm.render(context.form(), TEMPLATE, challenge, card.spec().codeLength(), error);
    }
}
