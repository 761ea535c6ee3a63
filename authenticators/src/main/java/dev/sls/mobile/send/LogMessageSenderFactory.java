package dev.sls.mobile.send;

import dev.sls.mobile.number.MaskedNumbers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Sender {@value #ID}, for the demo and tests: writes "SMS to +81 ••• ••• 78 : code 123456" to the server log. It
 * works only in a realm marked as a demo or development realm (realm attribute {@code sls.demo-realm=true}); in any
 * other realm it refuses every send and logs why, so a production realm can never silently log codes.
 */
public final class LogMessageSenderFactory implements MessageSenderFactory {

    public static final String ID = "log";
    private static final Logger LOG = Logger.getLogger(LogMessageSenderFactory.class);

    private static final MessageSender SENDER = new MessageSender() {
        @Override
        public CompletableFuture<SendResult> send(OutgoingCode code, Map<String, String> settings) {
            if (!code.demoRealm()) {
                LOG.errorf("The 'log' message sender refused to send a code in realm %s: it only works in realms"
                        + " marked as demo realms (realm attribute sls.demo-realm=true). Choose a real sender"
                        + " (sls.phone.sender, e.g. twilio) under Authentication > Required actions > Verify mobile"
                        + " number.", code.realm());
                return CompletableFuture.completedFuture(
                        SendResult.failed(ID, SendOutcome.NOT_CONFIGURED, "log sender outside a demo realm"));
            }
            String what = code.channel() == Channel.SMS ? "SMS" : "Voice call";
            LOG.infof("%s to %s : code %s (realm %s, demo sender 'log')", what, MaskedNumbers.mask(code.to()),
                    code.code(), code.realm());
            return CompletableFuture.completedFuture(SendResult.sent(ID, null));
        }
    };

    @Override
    public MessageSender create(KeycloakSession session) {
        return SENDER;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
