package dev.sls.ibkey.credential;

import dev.sls.core.credential.ParsedCredentials;
import dev.sls.core.credential.StoredCredentials;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.ibkey.credential.dto.IbKeyCredentialData;
import dev.sls.ibkey.credential.dto.IbKeySecretData;
import dev.sls.ibkey.protocol.RecoveryPin;
import java.io.IOException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/** A user's activated IB Key phone as Keycloak stores it: the device public key and the OCRA secret. */
public final class IbKeyCredentialModel extends CredentialModel {

    public static final String TYPE = "sls-ib-key";
    public static final int OCRA_KEY_BYTES = 32;
    private static final ParsedCredentials<Parsed> PARSED = new ParsedCredentials<>(10_000);

    private final IbKeyCredentialData credentialData;
    private final IbKeySecretData secretData;
    private final PublicKey publicKey;

    private IbKeyCredentialModel(IbKeyCredentialData credentialData, IbKeySecretData secretData) {
        this(new Parsed(credentialData, secretData, DeviceKeys.decodePublic(credentialData.getPublicKey())));
    }

    private IbKeyCredentialModel(Parsed parsed) {
        this.credentialData = parsed.data();
        this.secretData = parsed.secret();
        this.publicKey = parsed.publicKey();
    }

    public static IbKeyCredentialModel create(IbKeyCredentialData data, byte[] ocraKey, String pinHash) {
        return create(data, ocraKey, pinHash, null);
    }

    /** @param recordedNumber the E.164 number used at activation, or null (masked copy in {@code data}) */
    public static IbKeyCredentialModel create(IbKeyCredentialData data, byte[] ocraKey, String pinHash,
                                              String recordedNumber) {
        IbKeySecretData secret = new IbKeySecretData(Base64.getUrlEncoder().withoutPadding().encodeToString(ocraKey),
                pinHash, recordedNumber);
        validate(data, secret);
        IbKeyCredentialModel model = new IbKeyCredentialModel(data, secret);
        model.setType(TYPE);
        model.setUserLabel(data.getDeviceName());
        model.setCredentialData(StoredCredentials.json(TYPE, data));
        model.setSecretData(StoredCredentials.json(TYPE, secret));
        return model;
    }

    /** @throws IllegalArgumentException when the stored data is not a usable IB Key (damaged or hand-typed import) */
    public static IbKeyCredentialModel createFromCredentialModel(CredentialModel stored) {
        Parsed parsed = PARSED.get(stored.getId(), stored.getCredentialData(), stored.getSecretData(),
                () -> parse(stored));
        return StoredCredentials.copyStored(stored, TYPE, new IbKeyCredentialModel(parsed));
    }

    private static Parsed parse(CredentialModel stored) {
        IbKeyCredentialData data;
        IbKeySecretData secret;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), IbKeyCredentialData.class);
            secret = JsonSerialization.readValue(stored.getSecretData(), IbKeySecretData.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " credential data");
        }
        return new Parsed(data, secret, validate(data, secret));
    }

    /** Every device request reads the key: its DTOs and decoded public key are parsed once per node and content. */
    private record Parsed(IbKeyCredentialData data, IbKeySecretData secret, PublicKey publicKey) {
    }

    /** Answers the decoded public key. */
    private static PublicKey validate(IbKeyCredentialData data, IbKeySecretData secret) {
        if (data == null || secret == null || data.getDeviceId() == null || data.getPublicKey() == null
                || data.getOcraSuite() == null || secret.getOcraKey() == null) {
            throw new IllegalArgumentException(TYPE + " credential is incomplete");
        }
        PublicKey key = DeviceKeys.decodePublic(data.getPublicKey());
        OcraSuite suite = OcraSuite.parse(data.getOcraSuite());
        if (Base64.getUrlDecoder().decode(secret.getOcraKey()).length < 16) {
            throw new IllegalArgumentException(TYPE + " OCRA key is too short");
        }
        if (suite.pinHashAlgorithm().isPresent() != (secret.getPinHash() != null)) {
            throw new IllegalArgumentException(TYPE + " PIN hash does not fit the OCRA suite");
        }
        if (secret.getPinHash() != null && HexFormat.of().parseHex(secret.getPinHash()).length != 20) {
            throw new IllegalArgumentException(TYPE + " PIN hash must be a hex SHA-1 digest");
        }
        return key;
    }

    /** This key with another push address (tokens rotate): same id, dates and secrets, for an update in place. */
    public IbKeyCredentialModel withPushTarget(String pushProvider, String pushToken) {
        IbKeyCredentialData data = credentialData.withPushTarget(pushProvider, pushToken);
        IbKeyCredentialModel updated = StoredCredentials.copyStored(this, TYPE, new IbKeyCredentialModel(data, secretData));
        updated.setCredentialData(StoredCredentials.json(TYPE, data));
        return updated;
    }

    public IbKeyCredentialData data() {
        return credentialData;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public OcraSuite ocraSuite() {
        return OcraSuite.parse(credentialData.getOcraSuite());
    }

    /** The E.164 number recorded at activation, if any: recovery sends its activation token there only. */
    public Optional<String> recordedNumber() {
        return Optional.ofNullable(secretData.getRecordedNumber());
    }

    /** Whether this key was set up with a PIN (android and cli apps): recovery then asks for the PIN's proof. */
    public boolean hasPin() {
        return secretData.getPinHash() != null;
    }

    /** Checks a recovery PIN proof ({@link RecoveryPin}) against the stored PIN hash. */
    public boolean recoveryPinMatches(String realm, String recoveryId, String proof) {
        return hasPin() && RecoveryPin.matches(secretData.getPinHash(), realm, recoveryId, proof);
    }

    IbKeySecretData secret() {
        return secretData;
    }
}
