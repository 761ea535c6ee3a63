package dev.sls.ibkey.login;

import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.credential.ChallengeResponseInput;
import dev.sls.core.event.EventDetails;
import dev.sls.core.login.Lockout;
import dev.sls.core.ocra.OcraChallenges;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevice;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.events.Errors;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Offline challenge/response: a numeric challenge on screen, the response the app computes with OCRA typed back.
 * Each challenge is answered once; a wrong response goes through {@code failureChallenge} so brute force counts it.
 */
final class ResponseStep {

    static final String TEMPLATE = "sls-ibkey-response.ftl";
    static final String RESPONSE_FIELD = "sls-response";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BoundChallenge CHALLENGE = BoundChallenge.inNote("sls.ibkey.response.challenge");

    private ResponseStep() {
    }

    static void show(AuthenticationFlowContext context, IbKeyDevice device, String error) {
        context.challenge(newChallenge(context, device, error, false));
    }

    /**
     * Challenge/response offered because no push can be sent now; {@code reason} (a message key, with its
     * parameters) is shown as information.
     */
    static void offerInstead(AuthenticationFlowContext context, IbKeyDevice device, String reason, Object... params) {
        context.challenge(newChallenge(context, device, reason, true, params));
    }

    static void verify(AuthenticationFlowContext context, IbKeyDevice device) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // Bound to the phone it was shown for: after the phone was replaced, the new one's key never checks it.
        Optional<String> shown = CHALLENGE.take(authSession, device.key().getId());
        context.getEvent().detail(EventDetails.IB_KEY_MODE, "challenge-response");
        if (shown.isEmpty()) {
            show(context, device, "slsIbKeyChallengeExpired");
            return;
        }
        String challenge = shown.get();
        if (Lockout.refuses(context, () -> newChallenge(context, device, "slsIbKeyResponseInvalid", false))) {
            return;
        }
        String typed = context.getHttpRequest().getDecodedFormParameters().getFirst(RESPONSE_FIELD);
        if (typed != null && typed.length() <= 64
                && device.user().credentialManager().isValid(new ChallengeResponseInput(IbKeyCredentialModel.TYPE,
                device.key().getId(), challenge, typed))) {
            PushStep.abandon(context, device);
            if (WithdrawalGate.asked(authSession)) {
                // An offline response never showed the amount: only an approval on the phone confirms a withdrawal.
                show(context, device, "slsIbKeyWithdrawalNeedsPush");
                return;
            }
            context.success(IbKeyCredentialModel.TYPE);
            return;
        }
        context.getEvent().user(device.user()).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                newChallenge(context, device, "slsIbKeyResponseInvalid", false));
    }

    private static jakarta.ws.rs.core.Response newChallenge(AuthenticationFlowContext context, IbKeyDevice device,
                                                            String message, boolean informational,
                                                            Object... params) {
        IbKeyLoginConfig config = IbKeyLoginConfig.from(context.getAuthenticatorConfig());
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String challenge = OcraChallenges.numeric(8, RANDOM);
        authSession.setAuthNote(IbKeyNotes.MODE, IbKeyNotes.MODE_RESPONSE);
        CHALLENGE.issue(authSession, device.key().getId(), challenge, config.responseLifetimeSeconds());
        var form = context.form()
                .setAttribute("slsChallenge", challenge.substring(0, 4) + " " + challenge.substring(4))
                .setAttribute("slsUsesPin", device.key().ocraSuite().pinHashAlgorithm().isPresent());
        if (config.referenceAppHints()) {
            form.setAttribute("slsReferenceApp", "respond " + challenge);
        }
        if (message != null && informational) {
            form.setInfo(message, params);
        } else if (message != null) {
            form.setError(message, params);
        }
        return form.createForm(TEMPLATE);
    }
}
