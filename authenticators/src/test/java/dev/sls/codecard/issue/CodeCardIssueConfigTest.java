package dev.sls.codecard.issue;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sls.codecard.protocol.CodeCardSpec;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.userprofile.ValidationException;

class CodeCardIssueConfigTest {

    @Test
    void missingConfigMeansDefaults() {
        assertEquals(CodeCardIssueConfig.DEFAULT, CodeCardIssueConfig.from(null));
        assertEquals(CodeCardIssueConfig.DEFAULT, CodeCardIssueConfig.from(config(Map.of())));
    }

    @Test
    void valuesAreRead() {
        CodeCardIssueConfig read = CodeCardIssueConfig.from(config(Map.of(
                CodeCardIssueConfig.SIZE.key(), "60", CodeCardIssueConfig.CODE_LENGTH.key(), " 5 ",
                CodeCardIssueConfig.ACTIVATION_POSITIONS.key(), "3", CodeCardIssueConfig.HASH_ITERATIONS.key(), "2000")));
        assertEquals(new CodeCardIssueConfig(new CodeCardSpec(60, 5), 3, 2000), read);
    }

    @Test
    void outOfRangeOrNonNumericValuesAreRefusedNamingTheSetting() {
        for (String[] bad : new String[][] {{CodeCardIssueConfig.SIZE.key(), "19"}, {CodeCardIssueConfig.SIZE.key(), "x"},
                {CodeCardIssueConfig.CODE_LENGTH.key(), "9"}, {CodeCardIssueConfig.ACTIVATION_POSITIONS.key(), "1"},
                {CodeCardIssueConfig.HASH_ITERATIONS.key(), "99"}, {CodeCardIssueConfig.HASH_ITERATIONS.key(), "1e3"}}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> CodeCardIssueConfig.validate("sls-code-card-issue", config(Map.of(bad[0], bad[1]))));
            assertEquals(bad[0], e.getErrors().get(0).getAttribute());
        }
        assertDoesNotThrow(() -> CodeCardIssueConfig.validate("sls-code-card-issue",
                config(Map.of(CodeCardIssueConfig.SIZE.key(), "200", CodeCardIssueConfig.CODE_LENGTH.key(), ""))));
    }

    private static RequiredActionConfigModel config(Map<String, String> values) {
        RequiredActionConfigModel model = new RequiredActionConfigModel();
        model.setConfig(new HashMap<>(values));
        return model;
    }
}
