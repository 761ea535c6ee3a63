package dev.sls.ibkey.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.ibkey.credential.dto.IbKeyCredentialData;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class IbKeyCredentialModelTest {

    private static final String PIN_HASH = "0123456789abcdef0123456789abcdef01234567";

    private static IbKeyCredentialData data(String suite) {
        return new IbKeyCredentialData("device-1", "Pixel", "android",
                DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()), suite, null, null, "watch");
    }

    @Test
    void roundTripsThroughStoredForm() {
        IbKeyCredentialModel created = IbKeyCredentialModel.create(data(IbKeyProtocol.SUITE_WITH_PIN.toString()),
                new byte[32], PIN_HASH);
        CredentialModel stored = new CredentialModel();
        stored.setId("id-1");
        stored.setType(created.getType());
        stored.setCredentialData(created.getCredentialData());
        stored.setSecretData(created.getSecretData());

        IbKeyCredentialModel read = IbKeyCredentialModel.createFromCredentialModel(stored);

        assertEquals("device-1", read.data().getDeviceId());
        assertEquals(IbKeyProtocol.SUITE_WITH_PIN, read.ocraSuite());
        assertEquals(PIN_HASH, read.secret().getPinHash());
        assertFalse(created.getCredentialData().contains("ocraKey"), "the OCRA key belongs in secret data only");
    }

    @Test
    void refusesDamagedOrInconsistentData() {
        assertThrows(IllegalArgumentException.class, () -> IbKeyCredentialModel.create(
                data(IbKeyProtocol.SUITE_WITH_PIN.toString()), new byte[32], null));
        assertThrows(IllegalArgumentException.class, () -> IbKeyCredentialModel.create(
                data(IbKeyProtocol.SUITE_WITHOUT_PIN.toString()), new byte[32], PIN_HASH));
        assertThrows(IllegalArgumentException.class, () -> IbKeyCredentialModel.create(
                data(IbKeyProtocol.SUITE_WITHOUT_PIN.toString()), new byte[8], null));
        CredentialModel garbage = new CredentialModel();
        garbage.setCredentialData("{\"deviceId\":\"d\",\"publicKey\":\"nope\",\"ocraSuite\":\"x\"}");
        garbage.setSecretData("{\"ocraKey\":\"AAAA\"}");
        assertThrows(IllegalArgumentException.class, () -> IbKeyCredentialModel.createFromCredentialModel(garbage));
    }

    @Test
    void aReplacedKeyUnderTheSameIdIsNeverServedFromTheCache() {
        CredentialModel stored = stored("id-2", IbKeyCredentialModel.create(
                data(IbKeyProtocol.SUITE_WITHOUT_PIN.toString()), new byte[32], null));
        IbKeyCredentialModel first = IbKeyCredentialModel.createFromCredentialModel(stored);
        assertSame(first.publicKey(), IbKeyCredentialModel.createFromCredentialModel(stored).publicKey(),
                "parsed once while the stored data stays the same");

        IbKeyCredentialModel replacement = IbKeyCredentialModel.create(
                data(IbKeyProtocol.SUITE_WITHOUT_PIN.toString()), new byte[32], null);
        stored.setCredentialData(replacement.getCredentialData());
        IbKeyCredentialModel second = IbKeyCredentialModel.createFromCredentialModel(stored);
        assertEquals(replacement.data().getPublicKey(), DeviceKeys.encodePublic(second.publicKey()));
        assertNotEquals(first.publicKey(), second.publicKey());
        assertEquals(second.data().getPublicKey(), DeviceKeys.encodePublic(second.publicKey()));
    }

    private static CredentialModel stored(String id, IbKeyCredentialModel created) {
        CredentialModel stored = new CredentialModel();
        stored.setId(id);
        stored.setType(created.getType());
        stored.setCredentialData(created.getCredentialData());
        stored.setSecretData(created.getSecretData());
        return stored;
    }
}
