package dev.sls.ibkey.push.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.Spi;

class PushSenderSpiTest {

    @Test
    void keycloakFindsTheSpiAndItsFourSenders() {
        Spi spi = ServiceLoader.load(Spi.class).stream().map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate instanceof PushSenderSpi).findFirst().orElseThrow();
        assertEquals("sls-push-sender", spi.getName());
        assertFalse(spi.isInternal());
        assertEquals(PushSender.class, spi.getProviderClass());
        assertEquals(PushSenderFactory.class, spi.getProviderFactoryClass());

        Set<String> ids = ServiceLoader.load(PushSenderFactory.class).stream()
                .map(provider -> provider.get().getId()).collect(Collectors.toSet());
        assertEquals(Set.of("none", "webhook", "fcm", "apns"), ids);
    }

    @Test
    void configPropertiesListTheSettingsKeysAndHideSecrets() {
        assertEquals(List.of(WebhookSettings.URL, WebhookSettings.SECRET), names(new WebhookPushSenderFactory()));
        assertEquals(List.of(FcmSettings.SERVICE_ACCOUNT, FcmSettings.ENDPOINT), names(new FcmPushSenderFactory()));
        assertEquals(List.of(ApnsSettings.TEAM_ID, ApnsSettings.KEY_ID, ApnsSettings.PRIVATE_KEY, ApnsSettings.TOPIC,
                ApnsSettings.ENDPOINT), names(new ApnsPushSenderFactory()));
        Map<String, ProviderConfigProperty> all = ServiceLoader.load(PushSenderFactory.class).stream()
                .flatMap(provider -> provider.get().getConfigProperties().stream())
                .collect(Collectors.toMap(ProviderConfigProperty::getName, Function.identity()));
        for (String secret : List.of(WebhookSettings.SECRET, FcmSettings.SERVICE_ACCOUNT, ApnsSettings.PRIVATE_KEY)) {
            assertTrue(all.get(secret).isSecret(), secret);
        }
        all.values().forEach(property -> assertFalse(property.getHelpText().isBlank(), property.getName()));
    }

    @Test
    void noneSenderCompletesAtOnceWithoutSending() {
        var result = new NonePushSenderFactory().create(null)
                .send(PushTestData.notification(null), Map.of()).getNow(null);
        assertEquals(Outcome.SKIPPED, result.outcome());
        assertFalse(result.delivered());
    }

    @Test
    void notificationsKeepTheirPushTokenOutOfToString() {
        PushNotification notification = PushTestData.notification(PushTestData.FCM_TOKEN);
        assertFalse(notification.toString().contains(PushTestData.FCM_TOKEN));
        assertTrue(notification.toString().contains(notification.pushTokenFingerprint()));
        assertEquals(8, notification.pushTokenFingerprint().length());
        assertEquals("none", PushTestData.notification(" ").pushTokenFingerprint());
    }

    private static List<String> names(PushSenderFactory factory) {
        return factory.getConfigProperties().stream().map(ProviderConfigProperty::getName).toList();
    }
}
