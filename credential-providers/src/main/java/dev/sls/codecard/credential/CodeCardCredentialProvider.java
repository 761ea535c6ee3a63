package dev.sls.codecard.credential;

import dev.sls.codecard.credential.dto.CodeCardSecretData;
import dev.sls.codecard.protocol.CodeCard;
import dev.sls.codecard.protocol.CodeCardHasher;
import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import java.util.Base64;
import java.util.Optional;
import org.keycloak.credential.CredentialInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Stores, replaces and verifies Security Code Cards. */
public final class CodeCardCredentialProvider extends SlsCredentialProvider<CodeCardCredentialModel> {

    /** Id of the required action that issues a card (also the account console's "set up" action). */
    public static final String ISSUE_ACTION = "sls-code-card-issue";
    public static final DeviceType DEVICE = new DeviceType(CodeCardCredentialModel.TYPE, "Security Code Card",
            ISSUE_ACTION, 1);

    CodeCardCredentialProvider(KeycloakSession session) {
        super(session, DEVICE, CodeCardCredentialModel::createFromCredentialModel);
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!(input instanceof CodeCardAnswer answer) || input.getCredentialId() == null) {
            return false;
        }
        Optional<CodeCardCredentialModel> card = active(user)
                .filter(candidate -> candidate.getId().equals(input.getCredentialId()));
        if (card.isEmpty() || answer.getChallenge().indexes().stream().anyMatch(i -> i > card.get().getCodeCardCredentialData().getSize())) {
            return false;
        }
        return matches(card.get(), answer);
    }

    private static boolean matches(CodeCardCredentialModel card, CodeCardAnswer answer) {
        CodeCardSecretData secret = card.getCodeCardSecretData();
        CodeCardHasher hasher = new CodeCardHasher(card.getCodeCardCredentialData().getIterations());
        int codeLength = card.getCodeCardCredentialData().getCodeLength();
        byte[] salt = Base64.getDecoder().decode(secret.getSalt());
        boolean all = true;
        for (int index : answer.getChallenge().indexes()) {
            String typed = answer.codeFor(index);
            boolean wellFormed = typed.length() == codeLength && CodeCard.isDigits(typed);
            byte[] expected = Base64.getDecoder().decode(secret.getCellHashes().get(index - 1));
            // Every asked cell is checked, right or wrong, so the time taken does not tell which one failed.
            all &= hasher.matches(salt, index, wellFormed ? typed : "-", expected) && wellFormed;
        }
        return all;
    }
}
