package dev.sls.ibkey.login;

import dev.sls.core.config.BoundedInt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Typed settings of IB Key login, read from the authenticator config. A value that is missing or out of range
 * falls back to its default. Keys under {@code sls.push.} are handed to the selected push sender.
 */
public record IbKeyLoginConfig(int pushTimeoutSeconds, boolean numberMatching, int maxPendingPushes,
                               int unansweredLimit, int cooldownSeconds, int responseLifetimeSeconds,
                               boolean referenceAppHints, String pushSender, Map<String, String> senderSettings) {

    public static final String PUSH_TIMEOUT = "sls.ibkey.push-timeout";
    public static final String NUMBER_MATCHING = "sls.ibkey.number-matching";
    public static final String MAX_PENDING = "sls.ibkey.max-pending-pushes";
    public static final String UNANSWERED_LIMIT = "sls.ibkey.unanswered-limit";
    public static final String COOLDOWN = "sls.ibkey.cooldown";
    public static final String RESPONSE_LIFETIME = "sls.ibkey.response-lifetime";
    public static final String REFERENCE_APP_HINTS = "sls.ibkey.reference-app-hints";
    public static final String PUSH_SENDER = "sls.push.sender";
    public static final String SENDER_PREFIX = "sls.push.";

    public static final IbKeyLoginConfig DEFAULT =
            new IbKeyLoginConfig(120, true, 3, 3, 300, 300, false, "none", Map.of());

    public static List<ProviderConfigProperty> properties(List<String> senderIds) {
        return ProviderConfigurationBuilder.create()
                .property().name(PUSH_SENDER).label("Push sender").type(ProviderConfigProperty.LIST_TYPE)
                .options(senderIds).defaultValue(DEFAULT.pushSender())
                .helpText("How the login notification reaches the phone: none (the app polls), webhook, fcm, apns.")
                .add()
                .property().name(PUSH_TIMEOUT).label("Push timeout (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("120").helpText("How long a login waits for the phone (10-600).").add()
                .property().name(NUMBER_MATCHING).label("Number matching").type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("true").helpText("The login page shows a number; the phone must pick it to approve.")
                .add()
                .property().name(MAX_PENDING).label("Pending pushes per user").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("3").helpText("At most this many login notifications wait at once for a user (1-10).")
                .add()
                .property().name(UNANSWERED_LIMIT).label("Unanswered pushes before cooldown")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("3")
                .helpText("After this many pushes in a row expire unanswered, no push is sent for the cooldown (1-10).")
                .add()
                .property().name(COOLDOWN).label("Cooldown (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("300").helpText("Pause of push after unanswered ones; challenge/response still works"
                        + " (0-86400).").add()
                .property().name(RESPONSE_LIFETIME).label("Challenge lifetime (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("300")
                .helpText("How long an offline challenge code can be answered (60-1800).").add()
                .property().name(REFERENCE_APP_HINTS).label("Show reference-app commands")
                .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false")
                .helpText("Also show the command of the pack's reference phone app (demo and test realms).").add()
                .build();
    }

    public static IbKeyLoginConfig from(AuthenticatorConfigModel model) {
        Map<String, String> raw = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        Map<String, String> sender = new HashMap<>();
        raw.forEach((key, value) -> {
            if (key.startsWith(SENDER_PREFIX) && !key.equals(PUSH_SENDER) && value != null) {
                sender.put(key, value);
            }
        });
        String senderId = raw.getOrDefault(PUSH_SENDER, DEFAULT.pushSender());
        return new IbKeyLoginConfig(
                BoundedInt.readOrDefault(raw, PUSH_TIMEOUT, 10, 600, DEFAULT.pushTimeoutSeconds()),
                !"false".equalsIgnoreCase(raw.getOrDefault(NUMBER_MATCHING, "true")),
                BoundedInt.readOrDefault(raw, MAX_PENDING, 1, 10, DEFAULT.maxPendingPushes()),
                BoundedInt.readOrDefault(raw, UNANSWERED_LIMIT, 1, 10, DEFAULT.unansweredLimit()),
                BoundedInt.readOrDefault(raw, COOLDOWN, 0, 86_400, DEFAULT.cooldownSeconds()),
                BoundedInt.readOrDefault(raw, RESPONSE_LIFETIME, 60, 1800, DEFAULT.responseLifetimeSeconds()),
                Boolean.parseBoolean(raw.get(REFERENCE_APP_HINTS)),
                senderId == null || senderId.isBlank() ? DEFAULT.pushSender() : senderId.trim(),
                Map.copyOf(sender));
    }
}
