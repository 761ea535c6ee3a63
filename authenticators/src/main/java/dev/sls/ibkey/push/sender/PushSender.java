package dev.sls.ibkey.push.sender;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.keycloak.provider.Provider;

/**
 * Sends one "a challenge is waiting" notification to a phone.
 *
 * <p>Senders are thread-safe and never block the calling thread on the network. The returned future always completes
 * normally; a failure is a {@link PushResult} saying what went wrong. It may complete after the calling
 * {@code KeycloakSession} is closed, so neither the sender nor the caller's continuation may use that session.
 */
public interface PushSender extends Provider {

    /**
     * @param notification what to announce; only its non-secret identifiers and title/body leave the server
     * @param settings the sender's settings (the authenticator config), see {@link PushSenderFactory#getConfigProperties()}
     */
    CompletableFuture<PushResult> send(PushNotification notification, Map<String, String> settings);

    @Override
    default void close() {
        // senders hold no per-session resources
    }
}
