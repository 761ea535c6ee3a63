package dev.sls.push;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Sender {@value #ID}: Firebase Cloud Messaging (Android, and iOS apps that use Firebase). */
public final class FcmPushSenderFactory implements PushSenderFactory {

    public static final String ID = "fcm";

    private final FcmPushSender sender;

    public FcmPushSenderFactory() {
        this(Clock.systemUTC());
    }

    FcmPushSenderFactory(Clock clock) {
        GatewayHttp http = new GatewayHttp();
        this.sender = new FcmPushSender(http, new FcmAccessTokens(http, clock));
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
        return FcmSettings.PROPERTIES;
    }

    @Override
    public void validate(Map<String, String> settings) {
        FcmSettings.from(settings);
    }
}
