package dev.sls.temporary.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.device.TemporaryDeviceMark;
import dev.sls.temporary.protocol.OnlineCodeCard;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class TemporaryAccessCredentialModelTest {

    @Test
    void storedFormKeepsNoCodeAndReadsBack() {
        TemporaryAccessCredentialModel code = TemporaryAccessCredentialModel.forCode("0123456789AB", 1000, 2000, "helpdesk",
                new SecureRandom());
        assertFalse(code.getSecretData().contains("0123456789AB"));
        TemporaryAccessCredentialModel read = TemporaryAccessCredentialModel.createFromCredentialModel(code);
        assertEquals(TemporaryAccessKind.CODE, read.kind());
        assertEquals(2000, TemporaryDeviceMark.expiresAt(code));
        assertTrue(read.expiredAt(2000));
        assertFalse(read.expiredAt(1999));

        OnlineCodeCard card = OnlineCodeCard.generate(24, new SecureRandom());
        TemporaryAccessCredentialModel grid = TemporaryAccessCredentialModel.forGrid(card, 1000, 2000, "helpdesk",
                new SecureRandom());
        assertEquals(24, TemporaryAccessCredentialModel.createFromCredentialModel(grid).data().getCells());
        card.codes().forEach(c -> assertFalse(grid.getSecretData().contains("\"" + c + "\"")));
    }

    @Test
    void damagedStoredDataIsRefused() {
        CredentialModel broken = TemporaryAccessCredentialModel.forCode("0123456789AB", 1000, 2000, "x", new SecureRandom());
        broken.setCredentialData(broken.getCredentialData().replace("\"code\"", "\"bogus\""));
        assertThrows(IllegalArgumentException.class, () -> TemporaryAccessCredentialModel.createFromCredentialModel(broken));
        CredentialModel expiredBeforeIssued = TemporaryAccessCredentialModel.forCode("0123456789AB", 1000, 2000, "x",
                new SecureRandom());
        expiredBeforeIssued.setCredentialData(expiredBeforeIssued.getCredentialData().replace("2000", "500"));
        assertThrows(IllegalArgumentException.class,
                () -> TemporaryAccessCredentialModel.createFromCredentialModel(expiredBeforeIssued));
    }
}
