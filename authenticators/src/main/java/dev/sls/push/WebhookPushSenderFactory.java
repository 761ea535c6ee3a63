package dev.sls.push;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Sender {@value #ID}: JSON POST to the realm's own URL, which forwards the push however it likes. */
public final class WebhookPushSenderFactory implements PushSenderFactory {

    public static final String ID = "webhook";

    private final WebhookPushSender sender;

    public WebhookPushSenderFactory() {
        this(Clock.systemUTC());
    }

    WebhookPushSenderFactory(Clock clock) {
        this.sender = new WebhookPushSender(new GatewayHttp(), clock);
    }

    @Override
    public PushSender create(KeycloakSession session) {
        return sender;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return WebhookSettings.PROPERTIES;
    }

    @Override
    public void validate(Map<String, String> settings) {
        WebhookSettings.from(settings);
    }
}
