package dev.sls.credential.ibkey;

import dev.sls.credential.ibkey.dto.IbKeySecretData;
import dev.sls.protocol.ocra.Ocra;
import dev.sls.protocol.ocra.OcraInput;
import dev.sls.protocol.ocra.OcraSuite;
import dev.sls.credential.StoredCredentials;
import jakarta.ws.rs.BadRequestException;
import java.util.Base64;
import java.util.HexFormat;
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

/** Stores IB Key activations (one active phone per user) and verifies offline OCRA responses. */
public final class IbKeyCredentialProvider implements CredentialProvider<IbKeyCredentialModel>, CredentialInputValidator {

    /** Id of the required action that activates a phone (also the account console's "set up" action). */
    public static final String ACTIVATE_ACTION = "sls-ibkey-activate";

    private final KeycloakSession session;

    IbKeyCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return IbKeyCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, IbKeyCredentialModel key) {
        if (key.getCreatedDate() == null) {
            key.setCreatedDate(Time.currentTimeMillis());
        }
        return user.credentialManager().createStoredCredential(key);
    }

    /**
     * Makes {@code key} the user's only IB Key. The previous phone is retired in the same transaction; its pending
     * challenges die with it because every challenge names the credential it was sent to.
     */
    public CredentialModel activate(RealmModel realm, UserModel user, IbKeyCredentialModel key) {
        StoredCredentials.removeAll(user, getType());
        return createCredential(realm, user, key);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public IbKeyCredentialModel getCredentialFromModel(CredentialModel model) {
        try {
            return IbKeyCredentialModel.createFromCredentialModel(model);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid " + getType() + " credential: " + e.getMessage());
        }
    }

    /** The user's active phone; a stored activation whose data is damaged is skipped (and logged). */
    public Optional<IbKeyCredentialModel> activeKey(UserModel user) {
        return StoredCredentials.newestUsable(user, getType(), IbKeyCredentialModel::createFromCredentialModel);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && activeKey(user).isPresent();
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!(input instanceof IbKeyResponse response) || input.getCredentialId() == null) {
            return false;
        }
        Optional<IbKeyCredentialModel> key = activeKey(user).filter(k -> k.getId().equals(input.getCredentialId()));
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

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("slsIbKeyDisplayName")
                .helpText("slsIbKeyHelpText")
                .iconCssClass("kcAuthenticatorDefaultClass")
                .createAction(ACTIVATE_ACTION)
                .removeable(true)
                .build(session);
    }
}
