package dev.sls.dscplus.login;

import dev.sls.chooser.ChoosableDevice;
import dev.sls.chooser.DeviceStatus;
import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.credential.ChallengeResponseInput;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.core.login.Lockout;
import dev.sls.core.ocra.OcraChallenges;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.protocol.DscPlusSuites;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Login with the DSC+ card: a 6-digit challenge on screen, the card's response typed back ("PIN>", "CHALLNG>" on
 * the card). A challenge is answered once and expires ("If the passcode expires, start over from step 1"); a wrong
 * response goes through {@code failureChallenge}, so Keycloak's brute-force detector counts it (category
 * {@code otp}). A blocked card is refused before anything else.
 */
public final class DscPlusAuthenticator
        extends DeviceAuthenticator<DscPlusCredentialProvider, DscPlusCredentialModel>
        implements ChoosableDevice {

    static final String TEMPLATE = "sls-dscplus-login.ftl";
    static final String INVALID = "slsDscPlusResponseInvalid";
    static final String EXPIRED = "slsDscPlusChallengeExpired";
    static final String BLOCKED = "slsDscPlusCardBlocked";
    static final String UNAVAILABLE = "slsDscPlusUnavailable";
    private static final BoundChallenge CHALLENGE = BoundChallenge.inNote("sls.dscplus.login.challenge");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TYPED = 32;

    DscPlusAuthenticator() {
        super(DscPlusCredentialProvider.DEVICE, WithdrawalGate::admits);
    }

    /** The serial's tail, as printed on the card. */
    @Override
    public String describe(AuthenticationFlowContext context, CredentialModel credential) {
        return DscPlusForm.maskedSerial(getCredentialProvider(context.getSession()).getCredentialFromModel(credential)
                .data().getSerial());
    }

    /** A blocked (lost) or returned card, or a server without its seed key, cannot complete a login. */
    @Override
    public DeviceStatus status(AuthenticationFlowContext context, CredentialModel credential) {
        DscPlusCredentialProvider provider = getCredentialProvider(context.getSession());
        if (provider.activeCard(context.getRealm(), provider.getCredentialFromModel(credential)).isEmpty()) {
            return DeviceStatus.unusable("slsChooserDscPlusBlocked");
        }
        return provider.seal().isEmpty() ? DeviceStatus.unusable("slsChooserDscPlusUnavailable") : DeviceStatus.USABLE;
    }

    @Override
    protected Optional<DscPlusCredentialModel> activeCredential(AuthenticationFlowContext context) {
        return getCredentialProvider(context.getSession()).active(context.getUser());
    }

    @Override
    protected String credentialId(DscPlusCredentialModel card) {
        return card.getId();
    }

    @Override
    protected void showChallenge(AuthenticationFlowContext context, DscPlusCredentialModel card) {
        context.challenge(page(context, card, null));
    }

    @Override
    protected void verifyPost(AuthenticationFlowContext context, DscPlusCredentialModel card) {
        DscPlusCredentialProvider provider = getCredentialProvider(context.getSession());
        Optional<String> challenge = CHALLENGE.take(context.getAuthenticationSession(), card.getId())
                .filter(DscPlusAuthenticator::wellFormed);
        if (provider.activeCard(context.getRealm(), card).isEmpty()) {
            context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
            context.challenge(page(context, card, BLOCKED));
            return;
        }
        if (challenge.isEmpty()) {
            context.challenge(page(context, card, EXPIRED));
            return;
        }
        if (provider.seal().isEmpty()) {
            // The server lacks its seed key: nothing the person typed can be checked, so nothing is counted.
            context.challenge(page(context, card, UNAVAILABLE));
            return;
        }
        if (Lockout.refuses(context, () -> page(context, card, INVALID))) {
            return;
        }
        String typed = context.getHttpRequest().getDecodedFormParameters().getFirst(DscPlusForm.RESPONSE_FIELD);
        if (typed != null && typed.length() <= MAX_TYPED && context.getUser().credentialManager()
                .isValid(new ChallengeResponseInput(DscPlusCredentialModel.TYPE, card.getId(),
                        challenge.get(), typed))) {
            WithdrawalGate.confirmAndRecord(context, DscPlusCredentialModel.TYPE);
            return;
        }
        context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, card, INVALID));
    }

    /** A challenge of the card's kind: {@value DscPlusSuites#CHALLENGE_DIGITS} digits. */
    public static boolean wellFormed(String challenge) {
        return challenge.length() == DscPlusSuites.CHALLENGE_DIGITS && challenge.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A new challenge for the card, kept for {@code lifetimeSeconds}. */
    public static String newChallenge(BoundChallenge note, AuthenticationSessionModel authSession, String cardRef,
                                      int lifetimeSeconds) {
        String challenge = OcraChallenges.numeric(DscPlusSuites.CHALLENGE_DIGITS, RANDOM);
        note.issue(authSession, cardRef, challenge, lifetimeSeconds);
        return challenge;
    }

    /** The challenge page with a fresh challenge, or, for a card no longer active, the blocked notice alone. */
    private Response page(AuthenticationFlowContext context, DscPlusCredentialModel card, String error) {
        Optional<CardEntity> active = getCredentialProvider(context.getSession()).activeCard(context.getRealm(), card);
        var form = context.form();
        String serial = DscPlusForm.maskedSerial(card.data().getSerial());
        if (active.isEmpty()) {
            CHALLENGE.clear(context.getAuthenticationSession());
            form.setAttribute(DscPlusForm.ATTRIBUTE, new DscPlusForm(null, serial, 0, false, null, true));
            return form.setError(BLOCKED, serial).createForm(TEMPLATE);
        }
        DscPlusLoginConfig config = DscPlusLoginConfig.from(context.getAuthenticatorConfig());
        String challenge = newChallenge(CHALLENGE, context.getAuthenticationSession(), card.getId(),
                config.challengeLifetimeSeconds());
        boolean pin = card.suite().pinHashAlgorithm().isPresent();
        String command = config.referenceCardHints()
                ? "DscCli respond --serial " + card.data().getSerial() + " --pin <PIN> " + challenge : null;
        form.setAttribute(DscPlusForm.ATTRIBUTE, new DscPlusForm(challenge, serial, card.suite().digits(), pin,
                command, false));
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }
}
