package dev.sls.mobile.send.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sls.core.gateway.SettingException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSettingsTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";

    private static Map<String, String> settings(String key, String value) {
        Map<String, String> settings = new HashMap<>(Map.of(
                TwilioSettings.ACCOUNT_SID, SID,
                TwilioSettings.SECRET, "${vault.twilio-token}",
                TwilioSettings.FROM, "+15005550006"));
        if (key != null) {
            settings.put(key, value);
        }
        return settings;
    }

    @Test
    void theSecretIsAVaultReferenceNeverTheSecretItself() {
        assertEquals("${vault.twilio-token}", TwilioSettings.from(settings(null, null)).secretReference());
        SettingException clear = assertThrows(SettingException.class,
                () -> TwilioSettings.from(settings(TwilioSettings.SECRET, "0123456789abcdef0123456789abcdef")));
        assertEquals(TwilioSettings.SECRET, clear.key());
        assertFalse(clear.getMessage().contains("0123456789abcdef0123456789abcdef"), "the message never quotes it");
    }

    @Test
    void anApiKeyReplacesTheAccountSidAsUserName() {
        assertEquals(SID, TwilioSettings.from(settings(null, null)).username());
        String key = "SK0123456789abcdef0123456789abcdef";
        assertEquals(key, TwilioSettings.from(settings(TwilioSettings.API_KEY_SID, key)).username());
    }

    @Test
    void wrongSettingsAreNamed() {
        assertEquals(TwilioSettings.ACCOUNT_SID, assertThrows(SettingException.class,
                () -> TwilioSettings.from(settings(TwilioSettings.ACCOUNT_SID, "AC123"))).key());
        assertEquals(TwilioSettings.FROM, assertThrows(SettingException.class,
                () -> TwilioSettings.from(settings(TwilioSettings.FROM, "5005550006"))).key());
        assertEquals(TwilioSettings.MESSAGING_SERVICE_SID, assertThrows(SettingException.class,
                () -> TwilioSettings.from(settings(TwilioSettings.MESSAGING_SERVICE_SID, "SK0123456789abcdef0123456789abcdef"))).key());
        assertEquals(TwilioSettings.TIMEOUT, assertThrows(SettingException.class,
                () -> TwilioSettings.from(settings(TwilioSettings.TIMEOUT, "60"))).key());
    }

    @Test
    void plainHttpIsOnlyForTheLoopbackAddress() {
        assertEquals("http://127.0.0.1:8089",
                TwilioSettings.from(settings(TwilioSettings.API_URL, "http://127.0.0.1:8089")).apiUrl().toString());
        assertEquals(TwilioSettings.API_URL, assertThrows(SettingException.class,
                () -> TwilioSettings.from(settings(TwilioSettings.API_URL, "http://192.0.2.10"))).key());
        assertEquals("https://twilio-proxy.example", TwilioSettings.from(
                settings(TwilioSettings.API_URL, "https://twilio-proxy.example")).apiUrl().toString());
    }
}
