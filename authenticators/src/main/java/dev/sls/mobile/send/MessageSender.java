package dev.sls.mobile.send;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.keycloak.provider.Provider;

/**
 * Delivers a code by SMS or voice call (SPI {@value MessageSenderSpi#NAME}).
 *
 * <p>A sender is created per Keycloak session. It may read what it needs from that session (the vault, the realm)
 * only before {@link #send} returns; the network exchange runs without it, and the returned future always completes
 * normally, a failure being a {@link SendResult} that says what went wrong in the person's terms.
 */
public interface MessageSender extends Provider {

    /**
     * @param code     what to deliver
     * @param settings the realm's phone settings (the "Verify mobile number" required action's config), from which
     *                 the sender reads its own keys
     */
    CompletableFuture<SendResult> send(OutgoingCode code, Map<String, String> settings);

    /** The line type the provider reports for an E.164 number, when the sender can look one up and is set to. */
    default CompletableFuture<Optional<LineType>> lineType(String e164, Map<String, String> settings) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    default void close() {
        // nothing held per session
    }
}
