package dev.sls.level;

import dev.sls.chooser.DeviceChooserFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.codecard.login.CodeCardAuthenticatorFactory;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.login.DscPlusAuthenticatorFactory;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.ibkey.login.IbKeyAuthenticatorFactory;
import dev.sls.sms.credential.SmsCredentialProvider;
import dev.sls.sms.login.SmsAuthenticatorFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo realm places each device in the Level-of-Authentication sub-flows as its {@code DeviceType} default says
 * (the seeds' order), and every sub-flow offering devices has the chooser and the level-recording condition.
 */
class DemoRealmLevelsTest {

    private static final String LOA = "conditional-level-of-authentication";
    private static final Path REALM = Path.of("..", "realm-config", "realms", "sls-demo-realm.json");

    @Test
    void everyDeviceSitsAtItsDefaultLevelAndOtpAndWebAuthnWhereTheReadmeSays() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(
                REALM.toFile());
        Map<String, JsonNode> flows = new HashMap<>();
        realm.path("authenticationFlows").forEach(flow -> flows.put(flow.path("alias").asText(), flow));
        Map<String, Integer> configs = new HashMap<>();
        realm.path("authenticatorConfig").forEach(config -> {
            if (config.path("config").has("loa-condition-level")) {
                configs.put(config.path("alias").asText(), config.path("config").path("loa-condition-level").asInt());
            }
        });
        Map<String, Integer> levels = new HashMap<>();
        walk(flows, configs, realm.path("browserFlow").asText(), -1, levels);

        assertEquals(CodeCardCredentialProvider.DEVICE.defaultLevel(),
                levels.get(CodeCardAuthenticatorFactory.PROVIDER_ID));
        assertEquals(SmsCredentialProvider.DEVICE.defaultLevel(), levels.get(SmsAuthenticatorFactory.PROVIDER_ID));
        assertEquals(IbKeyCredentialProvider.DEVICE.defaultLevel(), levels.get(IbKeyAuthenticatorFactory.PROVIDER_ID));
        assertEquals(DscPlusCredentialProvider.DEVICE.defaultLevel(),
                levels.get(DscPlusAuthenticatorFactory.PROVIDER_ID));
        assertEquals(2, levels.get("auth-otp-form"));
        assertEquals(3, levels.get("webauthn-authenticator"));
    }

    @Test
    void everySubFlowWithAChooserRecordsTheDeviceLevel() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(
                REALM.toFile());
        int choosers = 0;
        for (JsonNode flow : realm.path("authenticationFlows")) {
            boolean chooser = false;
            boolean recorder = false;
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                chooser |= DeviceChooserFactory.PROVIDER_ID.equals(execution.path("authenticator").asText());
                recorder |= DeviceLevelConditionFactory.PROVIDER_ID.equals(execution.path("authenticator").asText());
            }
            assertTrue(!chooser || recorder, flow.path("alias").asText());
            choosers += chooser ? 1 : 0;
        }
        assertEquals(4, choosers, "one chooser per level");
    }

    private static void walk(Map<String, JsonNode> flows, Map<String, Integer> configs, String alias, int inherited,
                             Map<String, Integer> levels) {
        int level = inherited;
        for (JsonNode execution : flows.get(alias).path("authenticationExecutions")) {
            String authenticator = execution.path("authenticator").asText();
            if (LOA.equals(authenticator)) {
                level = configs.get(execution.path("authenticatorConfig").asText());
            } else if (execution.path("authenticatorFlow").asBoolean()) {
                walk(flows, configs, execution.path("flowAlias").asText(), level, levels);
            } else if (level > 0) {
                levels.merge(authenticator, level, Math::max);
            }
        }
    }
}
