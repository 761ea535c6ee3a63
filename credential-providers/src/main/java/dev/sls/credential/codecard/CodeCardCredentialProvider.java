package dev.sls.credential.codecard;

import dev.sls.credential.codecard.dto.CodeCardSecretData;
import dev.sls.protocol.codecard.CodeCard;
import dev.sls.protocol.codecard.CodeCardHasher;
import dev.sls.credential.StoredCredentials;
import jakarta.ws.rs.BadRequestException;
import java.util.Base64;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Stores, replaces and verifies Security Code Cards. */
public final class CodeCardCredentialProvider
        implements CredentialProvider<CodeCardCredentialModel>, CredentialInputValidator {

    /** Id of the required action that issues a card (also the account console's "set up" action). */
    public static final String ISSUE_ACTION = "sls-code-card-issue";

    private final KeycloakSession session;

    CodeCardCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return CodeCardCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, CodeCardCredentialModel card) {
        if (card.getCreatedDate() == null) {
            card.setCreatedDate(Time.currentTimeMillis());
        }
        return user.credentialManager().createStoredCredential(card);
    }

    /** Makes {@code card} the user's only card: any earlier card stops working in the same transaction. */
    public CredentialModel replaceCards(RealmModel realm, UserModel user, CodeCardCredentialModel card) {
        StoredCredentials.removeAll(user, getType());
        return createCredential(realm, user, card);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    /**
     * Also the gate for credentials created from outside (realm import, partial import): damaged data
     * is refused with HTTP 400 naming the problem, and the import changes nothing.
     */
    @Override
    public CodeCardCredentialModel getCredentialFromModel(CredentialModel model) {
        try {
            return CodeCardCredentialModel.createFromCredentialModel(model);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid " + getType() + " credential: " + e.getMessage());
        }
    }

    /** The user's usable card, newest first; a stored card whose data is damaged is skipped (and logged). */
    public Optional<CodeCardCredentialModel> activeCard(UserModel user) {
        return StoredCredentials.newestUsable(user, getType(), CodeCardCredentialModel::createFromCredentialModel);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && activeCard(user).isPresent();
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!(input instanceof CodeCardAnswer answer) || input.getCredentialId() == null) {
            return false;
        }
        Optional<CodeCardCredentialModel> card = activeCard(user)
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

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("slsCodeCardDisplayName")
                .helpText("slsCodeCardHelpText")
                .iconCssClass("kcAuthenticatorDefaultClass")
                .createAction(ISSUE_ACTION)
                .removeable(true)
                .build(session);
    }
}
