package dev.sls.sharing.credential;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sls.core.credential.StoredCredentials;
import java.io.IOException;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * The requester's side of an approved device share: which share it is and which device of which username it uses.
 * It holds no secret (the device's secret stays with the owner's credential) and proves nothing by itself: the login
 * step checks the owner's device. Keycloak needs a credential of the requester's own to offer the step at all.
 */
public final class SharedDeviceCredentialModel extends CredentialModel {

    public static final String TYPE = "sls-shared-device";

    private final Data data;

    private SharedDeviceCredentialModel(Data data) {
        this.data = data;
    }

    /**
     * @param shareId           opaque id of the share (the only reference tokens carry)
     * @param ownerId           the device owner's user id
     * @param ownerCredentialId the owner's credential of the shared device
     * @param deviceType        its credential type, e.g. {@code sls-dscplus}
     */
    @JsonIgnoreProperties(ignoreUnknown = true) // e.g. LastUse.FIELD, written next to these fields
    public record Data(@JsonProperty("shareId") String shareId, @JsonProperty("ownerId") String ownerId,
                       @JsonProperty("ownerCredentialId") String ownerCredentialId,
                       @JsonProperty("deviceType") String deviceType) {

        @JsonCreator
        public Data {
            if (blank(shareId) || blank(ownerId) || blank(ownerCredentialId) || blank(deviceType)
                    || !deviceType.startsWith("sls-") || TYPE.equals(deviceType)) {
                throw new IllegalArgumentException(TYPE + " credential is incomplete");
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank() || value.length() > 64;
        }
    }

    public static SharedDeviceCredentialModel create(Data data, long createdAtMillis) {
        SharedDeviceCredentialModel model = new SharedDeviceCredentialModel(data);
        model.setType(TYPE);
        model.setUserLabel("Shared " + data.deviceType());
        model.setCreatedDate(createdAtMillis);
        model.setCredentialData(StoredCredentials.json(TYPE, data));
        model.setSecretData("{}");
        return model;
    }

    /** @throws IllegalArgumentException when the stored data is not a readable share */
    public static SharedDeviceCredentialModel createFromCredentialModel(CredentialModel stored) {
        Data data;
        try {
            data = JsonSerialization.readValue(stored.getCredentialData(), Data.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + TYPE + " credential data");
        }
        if (data == null) {
            throw new IllegalArgumentException(TYPE + " credential is incomplete");
        }
        return StoredCredentials.copyStored(stored, TYPE, new SharedDeviceCredentialModel(data));
    }

    public Data data() {
        return data;
    }
}
