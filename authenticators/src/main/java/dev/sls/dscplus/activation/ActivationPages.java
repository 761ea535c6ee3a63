package dev.sls.dscplus.activation;

import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.core.pin.PinProfile;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.login.DscPlusAuthenticator;
import dev.sls.dscplus.login.DscPlusForm;
import org.keycloak.authentication.RequiredActionContext;

/** The two pages of activation: the serial, then the PIN and the proving response. */
final class ActivationPages {

    private ActivationPages() {
    }

    static boolean pinInComputation(CardEntity card) {
        return OcraSuite.parse(card.getSuite()).pinHashAlgorithm().isPresent();
    }

    static void serial(RequiredActionContext context, String error) {
        var form = context.form();
        if (error != null) {
            form.setError(error);
        }
        context.challenge(form.createForm(ActivateDscPlusAction.SERIAL_TEMPLATE));
    }

    static void prove(RequiredActionContext context, CardEntity card, BoundChallenge note, String error) {
        DscPlusActivationConfig config = DscPlusActivationConfig.from(context.getConfig());
        String challenge = DscPlusAuthenticator.newChallenge(note, context.getAuthenticationSession(), card.getId(),
                config.challengeLifetimeSeconds());
        boolean pin = pinInComputation(card);
        String command = config.referenceCardHints()
                ? "DscCli respond --serial " + card.getSerial() + " --pin <PIN> " + challenge : null;
        var form = context.form().setAttribute(DscPlusForm.ATTRIBUTE, new DscPlusForm(challenge, card.getSerial(),
                OcraSuite.parse(card.getSuite()).digits(), pin, command, false));
        if (error != null) {
            // PIN guidelines name the PIN's length; other messages ignore the parameter.
            form.setError(error, PinProfile.DSC_PLUS.maxLength());
        }
        context.challenge(form.createForm(ActivateDscPlusAction.PROVE_TEMPLATE));
    }
}
