package dev.sls.ibkey.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.ibkey.protocol.api.MatchMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class IbKeyLoginConfigTest {

    private static IbKeyLoginConfig of(Map<String, String> values) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(values);
        return IbKeyLoginConfig.from(model);
    }

    @Test
    void defaultsWhenNothingIsConfigured() {
        assertEquals(IbKeyLoginConfig.DEFAULT, IbKeyLoginConfig.from(null));
        assertEquals(IbKeyLoginConfig.DEFAULT, of(Map.of()));
    }

    @Test
    void outOfRangeOrGarbageValuesFallBackToDefaults() {
        IbKeyLoginConfig config = of(Map.of(IbKeyLoginConfig.PUSH_TIMEOUT.key(), "5", IbKeyLoginConfig.MAX_PENDING.key(), "99",
                IbKeyLoginConfig.COOLDOWN.key(), "soon", IbKeyLoginConfig.RESPONSE_LIFETIME.key(), "600"));
        assertEquals(120, config.pushTimeoutSeconds());
        assertEquals(3, config.maxPendingPushes());
        assertEquals(300, config.policy().cooldownSeconds());
        assertEquals(600, config.responseLifetimeSeconds());
    }

    @Test
    void theTypedCodeIsTheDefaultMatchModeAndSenderSettingsArePassedOn() {
        assertEquals(MatchMode.CODE, of(Map.of()).matchMode());
        assertEquals(MatchMode.NUMBER, of(Map.of(IbKeyLoginConfig.MATCH_MODE, "number")).matchMode());
        assertEquals(MatchMode.CODE, of(Map.of(IbKeyLoginConfig.MATCH_MODE, "bogus")).matchMode());
        IbKeyLoginConfig config = of(Map.of(IbKeyLoginConfig.MATCH_MODE, "none",
                IbKeyLoginConfig.PUSH_SENDER, "webhook", "sls.push.webhook.url", "https://gw.example/push",
                "sls.ibkey.cooldown", "60"));
        assertEquals(MatchMode.NONE, config.matchMode());
        assertEquals(60, config.policy().cooldownSeconds());
        assertEquals("webhook", config.pushSender());
        assertEquals(Map.of("sls.push.webhook.url", "https://gw.example/push"), config.senderSettings());
        assertEquals(List.of("none", "webhook"), IbKeyLoginConfig.properties(List.of("none", "webhook")).get(0).getOptions());
    }
}
