package dev.sls.codecard.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class CodeCardLoginConfigTest {

    @Test
    void missingConfigMeansDefaults() {
        assertEquals(CodeCardLoginConfig.DEFAULT, CodeCardLoginConfig.from(null));
        assertEquals(CodeCardLoginConfig.DEFAULT, CodeCardLoginConfig.from(config(Map.of())));
    }

    @Test
    void valuesAreRead() {
        assertEquals(new CodeCardLoginConfig(3, 60), CodeCardLoginConfig.from(config(Map.of(
                CodeCardLoginConfig.POSITIONS.key(), "3", CodeCardLoginConfig.CHALLENGE_LIFETIME.key(), "60"))));
    }

    @Test
    void badValuesFallBackToDefaultsInsteadOfBreakingLogins() {
        CodeCardLoginConfig read = CodeCardLoginConfig.from(config(Map.of(
                CodeCardLoginConfig.POSITIONS.key(), "0", CodeCardLoginConfig.CHALLENGE_LIFETIME.key(), "forever")));
        assertEquals(CodeCardLoginConfig.DEFAULT, read);
        assertEquals(CodeCardLoginConfig.DEFAULT.positions(),
                CodeCardLoginConfig.from(config(Map.of(CodeCardLoginConfig.POSITIONS.key(), "11"))).positions());
    }

    private static AuthenticatorConfigModel config(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(new HashMap<>(values));
        return model;
    }
}
