package dev.sls.ibkey.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationUriTest {

    @Test
    void roundTripsServerRealmAndCode() {
        ActivationCode code = ActivationCode.random(new SecureRandom());
        ActivationUri uri = new ActivationUri("https://id.example.com/auth", "my realm&co", code);

        ActivationUri parsed = ActivationUri.parse(uri.format()).orElseThrow();

        assertEquals(uri, parsed);
        assertTrue(uri.format().startsWith("sls-ibkey://activate?v=1&server=https%3A%2F%2Fid.example.com%2Fauth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://example.com", "sls-ibkey://activate?v=2&server=http%3A%2F%2Fa&realm=r&code=X",
        "sls-ibkey://activate?v=1&server=ftp%3A%2F%2Fa&realm=r&code=0000000000A",
        "sls-ibkey://activate?v=1&server=http%3A%2F%2Fa&realm=&code=0000000000A",
        "sls-ibkey://activate?v=1&server=http%3A%2F%2Fa&realm=r&code=not-a-code"})
    void refusesWhatIsNotAnActivation(String text) {
        assertTrue(ActivationUri.parse(text).isEmpty(), text);
    }
}
