package dev.sls.dscplus.credential;

import dev.sls.core.credential.StoredCredentials;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.credential.dto.DscPlusCredentialData;
import dev.sls.dscplus.credential.dto.DscPlusSecretData;
import dev.sls.dscplus.protocol.CardSerial;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.io.IOException;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/** A person's activated DSC+ card as Keycloak stores it; its secrets are sealed with the server's seed key. */
public final class DscPlusCredentialModel extends CredentialModel {

    public static final String TYPE = "sls-dsc-plus";

    private final DscPlusCredentialData credentialData;
    private final DscPlusSecretData secretData;

    private DscPlusCredentialModel(DscPlusCredentialData credentialData, DscPlusSecretData secretData) {
        this.credentialData = credentialData;
        this.secretData = secretData;
    }

    public static DscPlusCredentialModel create(DscPlusCredentialData data, String sealedSeed, String sealedPinHash) {
        DscPlusSecretData secret = new DscPlusSecretData(sealedSeed, sealedPinHash);
        validate(data, secret);
        DscPlusCredentialModel model = new DscPlusCredentialModel(data, secret);
        model.setType(TYPE);
        model.setUserLabel("DSC+ " + data.getSerial());
        model.setCredentialData(StoredCredentials.json(TYPE, data));
        model.setSecretData(StoredCredentials.json(TYPE, secret));
        return model;
    }

    /** @throws IllegalArgumentException when the stored data is not a usable card (damaged or hand-typed import) */
    public static DscPlusCredentialModel createFromCredentialModel(CredentialModel stored) {
        DscPlusCredentialData data;
        DscPlusSecretData secret;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), DscPlusCredentialData.class);
            secret = JsonSerialization.readValue(stored.getSecretData(), DscPlusSecretData.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " credential data");
        }
        validate(data, secret);
        return StoredCredentials.copyStored(stored, TYPE, new DscPlusCredentialModel(data, secret));
    }

    private static void validate(DscPlusCredentialData data, DscPlusSecretData secret) {
        if (data == null || secret == null || data.getCardId() == null || data.getSuite() == null
                || CardSerial.canonical(data.getSerial()).filter(data.getSerial()::equals).isEmpty()) {
            throw new IllegalArgumentException(TYPE + " credential is incomplete");
        }
        OcraSuite suite = DscPlusSuites.usable(data.getSuite());
        if (!SeedSeal.looksSealed(secret.getSeed())) {
            throw new IllegalArgumentException(TYPE + " seed is not sealed");
        }
        if (suite.pinHashAlgorithm().isPresent() != SeedSeal.looksSealed(secret.getPinHash())) {
            throw new IllegalArgumentException(TYPE + " PIN hash does not fit the OCRA suite");
        }
    }

    public DscPlusCredentialData data() {
        return credentialData;
    }

    public OcraSuite suite() {
        return OcraSuite.parse(credentialData.getSuite());
    }

    DscPlusSecretData secret() {
        return secretData;
    }
}
