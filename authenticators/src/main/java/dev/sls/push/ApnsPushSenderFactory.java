package dev.sls.push;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Sender {@value #ID}: Apple Push Notification service, straight to iOS devices. */
public final class ApnsPushSenderFactory implements PushSenderFactory {

    public static final String ID = "apns";

    private final ApnsPushSender sender;

    public ApnsPushSenderFactory() {
        this(Clock.systemUTC());
    }

    ApnsPushSenderFactory(Clock clock) {
        this.sender = new ApnsPushSender(new GatewayHttp(), new ApnsProviderTokens(clock), clock);
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
        return ApnsSettings.PROPERTIES;
    }

    @Override
    public void validate(Map<String, String> settings) {
        ApnsSettings.from(settings);
    }
}
