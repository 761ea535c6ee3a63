package dev.sls.codecard.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.codecard.protocol.CodeCard;
import dev.sls.codecard.protocol.CodeCardHasher;
import dev.sls.codecard.protocol.CodeCardSpec;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;

class CodeCardCredentialModelTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void storedFormHoldsNoCodesAndReadsBack() {
        CodeCard card = CodeCard.generate(new CodeCardSpec(20, 6), random);
        CodeCardCredentialModel created = CodeCardCredentialModel.create(card, new CodeCardHasher(100), random, "label");

        assertEquals(CodeCardCredentialModel.TYPE, created.getType());
        for (String code : card.codes()) {
            assertFalse(created.getSecretData().contains(code) || created.getCredentialData().contains(code),
                    "a code appears in clear in the stored credential");
        }
        CodeCardCredentialModel read = CodeCardCredentialModel.createFromCredentialModel(copy(created));
        assertEquals(new CodeCardSpec(20, 6), read.spec());
        assertEquals(100, read.getCodeCardCredentialData().getIterations());
        assertEquals("label", read.getUserLabel());
    }

    @Test
    void damagedStoredDataIsRefused() {
        CodeCardCredentialModel good = CodeCardCredentialModel.create(
                CodeCard.generate(new CodeCardSpec(20, 4), random), new CodeCardHasher(100), random, null);
        String data = good.getCredentialData();
        String secret = good.getSecretData();

        assertRefused(data, "not json");
        assertRefused("{}", secret);
        assertRefused(data.replace("PBKDF2-HMAC-SHA256", "MD5"), secret);
        assertRefused(data.replace("\"size\":20", "\"size\":21"), secret);
        assertRefused(data.replace("\"iterations\":100", "\"iterations\":0"), secret);
        assertRefused(data, secret.replaceFirst("\"salt\":\"[^\"]*\"", "\"salt\":\"***\""));
        assertTrue(CodeCardCredentialModel.createFromCredentialModel(stored(data, secret)) != null);
    }

    private static void assertRefused(String data, String secret) {
        assertThrows(IllegalArgumentException.class,
                () -> CodeCardCredentialModel.createFromCredentialModel(stored(data, secret)), data);
    }

    private static CredentialModel copy(CredentialModel model) {
        CredentialModel copy = stored(model.getCredentialData(), model.getSecretData());
        copy.setUserLabel(model.getUserLabel());
        return copy;
    }

    private static CredentialModel stored(String data, String secret) {
        CredentialModel model = new CredentialModel();
        model.setId("id-1");
        model.setType(CodeCardCredentialModel.TYPE);
        model.setCredentialData(data);
        model.setSecretData(secret);
        return model;
    }
}
