package dev.sls.codecard.credential;

import dev.sls.codecard.credential.dto.CodeCardCredentialData;
import dev.sls.codecard.credential.dto.CodeCardSecretData;
import dev.sls.codecard.protocol.CodeCard;
import dev.sls.codecard.protocol.CodeCardHasher;
import dev.sls.codecard.protocol.CodeCardSpec;
import dev.sls.core.credential.StoredCredentials;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A user's Security Code Card as Keycloak stores it. Only cell hashes are kept; the card itself is
 * shown once at issuance and never again.
 */
public final class CodeCardCredentialModel extends CredentialModel {

    public static final String TYPE = "sls-code-card";

    private final CodeCardCredentialData credentialData;
    private final CodeCardSecretData secretData;

    private CodeCardCredentialModel(CodeCardCredentialData credentialData, CodeCardSecretData secretData) {
        this.credentialData = credentialData;
        this.secretData = secretData;
    }

    /** Hashes a freshly generated card into a new credential. */
    public static CodeCardCredentialModel create(CodeCard card, CodeCardHasher hasher, SecureRandom random, String userLabel) {
        byte[] salt = new byte[CodeCardHasher.SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        List<String> hashes = hasher.hashCard(salt, card).stream().map(b64::encodeToString).toList();
        CodeCardCredentialData data = new CodeCardCredentialData(card.size(), card.codeLength(),
                CodeCardHasher.ALGORITHM, hasher.iterations());
        CodeCardSecretData secret = new CodeCardSecretData(b64.encodeToString(salt), hashes);
        CodeCardCredentialModel model = new CodeCardCredentialModel(data, secret);
        model.setType(TYPE);
        model.setUserLabel(userLabel);
        model.setCredentialData(StoredCredentials.json(TYPE, data));
        model.setSecretData(StoredCredentials.json(TYPE, secret));
        return model;
    }

    /**
     * Reads a stored credential, checking that its data is complete and consistent (it may come from
     * a realm import typed by hand).
     *
     * @throws IllegalArgumentException when the stored data is not a usable card
     */
    public static CodeCardCredentialModel createFromCredentialModel(CredentialModel stored) {
        CodeCardCredentialData data;
        CodeCardSecretData secret;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), CodeCardCredentialData.class);
            secret = JsonSerialization.readValue(stored.getSecretData(), CodeCardSecretData.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " credential data");
        }
        validate(data, secret);
        return StoredCredentials.copyStored(stored, TYPE, new CodeCardCredentialModel(data, secret));
    }

    private static void validate(CodeCardCredentialData data, CodeCardSecretData secret) {
        if (data == null || secret == null || !CodeCardHasher.ALGORITHM.equals(data.getAlgorithm())) {
            throw new IllegalArgumentException("unsupported " + TYPE + " credential data");
        }
        new CodeCardSpec(data.getSize(), data.getCodeLength());
        new CodeCardHasher(data.getIterations());
        if (secret.getCellHashes().size() != data.getSize()) {
            throw new IllegalArgumentException(TYPE + " credential has the wrong number of cells");
        }
        try {
            Base64.getDecoder().decode(secret.getSalt());
            secret.getCellHashes().forEach(Base64.getDecoder()::decode);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(TYPE + " credential has malformed hashes");
        }
    }

    public CodeCardSpec spec() {
        return new CodeCardSpec(credentialData.getSize(), credentialData.getCodeLength());
    }

    public CodeCardCredentialData getCodeCardCredentialData() {
        return credentialData;
    }

    CodeCardSecretData getCodeCardSecretData() {
        return secretData;
    }
}
