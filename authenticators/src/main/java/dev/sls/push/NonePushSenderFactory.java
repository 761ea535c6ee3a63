package dev.sls.push;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/** Sender {@value #ID}: sends nothing; the phone learns of challenges by polling the device API. */
public final class NonePushSenderFactory implements PushSenderFactory {

    public static final String ID = "none";

    private final PushSender sender = new NoneSender();

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
        return List.of();
    }

    @Override
    public void validate(Map<String, String> settings) {
        // nothing to configure
    }

    private static final class NoneSender implements PushSender {

        @Override
        public CompletableFuture<PushResult> send(PushNotification notification, Map<String, String> settings) {
            return CompletableFuture.completedFuture(PushResult.skipped(ID));
        }
    }
}
