package dev.sls.ibkey.credential;

import dev.sls.core.credential.ChallengeResponseInput;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.ibkey.credential.dto.IbKeySecretData;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.keycloak.credential.CredentialInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Stores IB Key activations (one active phone per user: activating a new phone retires the previous one in the same
 * transaction, and its pending challenges die with it because every challenge names the credential it was sent to)
 * and verifies offline OCRA responses.
 */
public final class IbKeyCredentialProvider extends SlsCredentialProvider<IbKeyCredentialModel> {

    /** Id of the required action that activates a phone (also the account console's "set up" action). */
    public static final String ACTIVATE_ACTION = "sls-ibkey-activate";
    public static final DeviceType DEVICE = new DeviceType(IbKeyCredentialModel.TYPE, "IB Key", ACTIVATE_ACTION, 3);

    IbKeyCredentialProvider(KeycloakSession session) {
        super(session, DEVICE, IbKeyCredentialModel::createFromCredentialModel);
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        Optional<ChallengeResponseInput> typedInput = ChallengeResponseInput.of(input, getType());
        if (typedInput.isEmpty()) {
            return false;
        }
        ChallengeResponseInput response = typedInput.get();
        Optional<IbKeyCredentialModel> key = active(user).filter(k -> k.getId().equals(input.getCredentialId()));
        if (key.isEmpty()) {
            return false;
        }
        OcraSuite suite = key.get().ocraSuite();
        String typed = response.getChallengeResponse();
        if (typed.length() != suite.digits() || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        IbKeySecretData secret = key.get().secret();
        OcraInput.Builder ocraInput = OcraInput.builder().challenge(response.getChallenge());
        if (secret.getPinHash() != null) {
            ocraInput.pinHash(HexFormat.of().parseHex(secret.getPinHash()));
        }
        return Ocra.verify(suite, Base64.getUrlDecoder().decode(secret.getOcraKey()), ocraInput.build(), typed);
    }
}
