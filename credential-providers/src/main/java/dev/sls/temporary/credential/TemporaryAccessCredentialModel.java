package dev.sls.temporary.credential;

import dev.sls.core.credential.StoredCredentials;
import dev.sls.core.device.TemporaryDeviceMark;
import dev.sls.temporary.credential.dto.TemporaryAccessData;
import dev.sls.temporary.credential.dto.TemporaryAccessSecret;
import dev.sls.temporary.protocol.OnlineCodeCard;
import dev.sls.temporary.protocol.TemporarySecretHasher;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * Temporary access the helpdesk gave a person: a temporary code or an online code card, stored only as hashes,
 * working until {@code expiresAt} or until a permanent device is activated.
 */
public final class TemporaryAccessCredentialModel extends CredentialModel {

    public static final String TYPE = TemporaryDeviceMark.CREDENTIAL_TYPE;
    public static final int MAX_CELLS = 100;

    private final TemporaryAccessData data;
    private final TemporaryAccessSecret secret;

    private TemporaryAccessCredentialModel(TemporaryAccessData data, TemporaryAccessSecret secret) {
        this.data = data;
        this.secret = secret;
    }

    public static TemporaryAccessCredentialModel forCode(String code, long issuedAt, long expiresAt, String issuedBy,
                                                         SecureRandom random) {
        byte[] salt = salt(random);
        return create(new TemporaryAccessData(TemporaryAccessKind.CODE.wireName(), issuedAt, expiresAt, 0, issuedBy),
                salt, List.of(TemporarySecretHasher.hash(salt, 0, code)));
    }

    public static TemporaryAccessCredentialModel forGrid(OnlineCodeCard card, long issuedAt, long expiresAt,
                                                         String issuedBy, SecureRandom random) {
        byte[] salt = salt(random);
        List<byte[]> hashes = new ArrayList<>();
        for (int index = 1; index <= card.size(); index++) {
            hashes.add(TemporarySecretHasher.hash(salt, index, card.codeAt(index)));
        }
        return create(new TemporaryAccessData(TemporaryAccessKind.GRID.wireName(), issuedAt, expiresAt, card.size(),
                issuedBy), salt, hashes);
    }

    private static TemporaryAccessCredentialModel create(TemporaryAccessData data, byte[] salt, List<byte[]> hashes) {
        Base64.Encoder b64 = Base64.getEncoder();
        TemporaryAccessSecret secret = new TemporaryAccessSecret(b64.encodeToString(salt),
                hashes.stream().map(b64::encodeToString).toList());
        validate(data, secret);
        TemporaryAccessCredentialModel model = new TemporaryAccessCredentialModel(data, secret);
        model.setType(TYPE);
        model.setUserLabel(TemporaryAccessKind.CODE.wireName().equals(data.getKind()) ? "Temporary code"
                : "Online security code card");
        model.setCredentialData(StoredCredentials.json(TYPE, data));
        model.setSecretData(StoredCredentials.json(TYPE, secret));
        return model;
    }

    /** @throws IllegalArgumentException when the stored data is not usable temporary access */
    public static TemporaryAccessCredentialModel createFromCredentialModel(CredentialModel stored) {
        TemporaryAccessData data;
        TemporaryAccessSecret secret;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), TemporaryAccessData.class);
            secret = JsonSerialization.readValue(stored.getSecretData(), TemporaryAccessSecret.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " credential data");
        }
        validate(data, secret);
        return StoredCredentials.copyStored(stored, TYPE, new TemporaryAccessCredentialModel(data, secret));
    }

    private static void validate(TemporaryAccessData data, TemporaryAccessSecret secret) {
        if (data == null || secret == null || secret.getSalt() == null) {
            throw new IllegalArgumentException(TYPE + " credential is incomplete");
        }
        TemporaryAccessKind kind = TemporaryAccessKind.fromWire(data.getKind())
                .orElseThrow(() -> new IllegalArgumentException(TYPE + " has an unknown kind"));
        int expected = kind == TemporaryAccessKind.CODE ? 1 : data.getCells();
        if (expected < 1 || expected > MAX_CELLS || secret.getHashes().size() != expected
                || data.getExpiresAt() <= data.getIssuedAt()) {
            throw new IllegalArgumentException(TYPE + " credential is inconsistent");
        }
        try {
            Base64.getDecoder().decode(secret.getSalt());
            secret.getHashes().forEach(Base64.getDecoder()::decode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TYPE + " credential has malformed hashes");
        }
    }

    private static byte[] salt(SecureRandom random) {
        byte[] salt = new byte[TemporarySecretHasher.SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    public TemporaryAccessData data() {
        return data;
    }

    public TemporaryAccessKind kind() {
        return TemporaryAccessKind.fromWire(data.getKind()).orElseThrow();
    }

    public boolean expiredAt(long epochSeconds) {
        return epochSeconds >= data.getExpiresAt();
    }

    TemporaryAccessSecret secret() {
        return secret;
    }
}
