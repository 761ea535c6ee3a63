package dev.sls.ibkey.device;

import dev.sls.ibkey.push.sender.PushSender;
import dev.sls.rest.JsonResponses;
import java.util.List;
import java.util.regex.Pattern;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderFactory;

/**
 * The shape of a push address a phone registers, at activation or when its token rotates: a sender installed on this
 * server (SPI sls-push-sender) and a token that can be one of that sender's. Refused with a 400 that says why.
 */
public final class PushTargets {

    public static final int MAX_TOKEN_LENGTH = 4096;
    /** FCM registration tokens and webhook ids: printable ASCII without spaces. */
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]{1," + MAX_TOKEN_LENGTH + "}");
    /** APNs device tokens are hex (32 bytes today; Apple allows longer). */
    private static final Pattern APNS = Pattern.compile("[0-9a-fA-F]{64,200}");

    private PushTargets() {
    }

    public static void check(KeycloakSession session, String provider, String token) {
        if (token != null && (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH)) {
            throw JsonResponses.invalid("pushToken must be 1 to " + MAX_TOKEN_LENGTH + " characters");
        }
        if (provider == null) {
            if (token != null) {
                throw JsonResponses.invalid("pushToken needs a pushProvider");
            }
            return;
        }
        List<String> installed = session.getKeycloakSessionFactory().getProviderFactoriesStream(PushSender.class)
                .map(ProviderFactory::getId).sorted().toList();
        if (!installed.contains(provider)) {
            throw JsonResponses.invalid("pushProvider must be one of " + String.join(", ", installed));
        }
        if (token == null) {
            return;
        }
        if ("apns".equals(provider) ? !APNS.matcher(token).matches() : !PRINTABLE.matcher(token).matches()) {
            throw JsonResponses.invalid("apns".equals(provider)
                    ? "pushToken of apns must be the device token in hex (64 to 200 digits)"
                    : "pushToken must be printable ASCII without spaces");
        }
    }
}
