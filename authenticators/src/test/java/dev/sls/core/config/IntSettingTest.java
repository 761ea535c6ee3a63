package dev.sls.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;

class IntSettingTest {

    private static final IntSetting LIFETIME = new IntSetting("sls.test.lifetime", "Lifetime (seconds)",
            "How long it lasts.", 30, 900, 180);

    @Test
    void theConsoleFieldStatesTheRangeAndTheDefault() {
        ProviderConfigProperty property = LIFETIME.property();
        assertEquals("sls.test.lifetime", property.getName());
        assertEquals("How long it lasts. (30-900)", property.getHelpText());
        assertEquals("180", property.getDefaultValue());
    }

    @Test
    void aValueOutsideTheRangeOrNotANumberFallsBackToTheDefault() {
        assertEquals(300, LIFETIME.read(Map.of("sls.test.lifetime", " 300 ")));
        assertEquals(180, LIFETIME.read(Map.of("sls.test.lifetime", "901")));
        assertEquals(180, LIFETIME.read(Map.of("sls.test.lifetime", "29")));
        assertEquals(180, LIFETIME.read(Map.of("sls.test.lifetime", "3e2")));
        assertEquals(180, LIFETIME.read(Map.of()));
        assertNull(LIFETIME.parse("99999999999"));
    }

    @Test
    void validationNamesTheSettingAndAcceptsBlank() {
        LIFETIME.validate("sls-action", Map.of("sls.test.lifetime", ""));
        LIFETIME.validate("sls-action", Map.of("sls.test.lifetime", "900"));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> LIFETIME.validate("sls-action", Map.of("sls.test.lifetime", "0")));
        assertTrue(refused.getErrors().stream().anyMatch(error -> "sls.test.lifetime".equals(error.getAttribute())),
                refused.getErrors()::toString);
    }

    @Test
    void aDefaultOutsideItsOwnRangeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new IntSetting("k", "l", "h", 1, 10, 11));
    }
}
