package dev.sls.ibkey.login;

import dev.sls.core.config.BoundedInt;
import dev.sls.core.limit.SecondFactorSends;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.ibkey.push.PushPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Typed settings of IB Key login, read from the authenticator config. A value that is missing or out of range
 * falls back to its default. Keys under {@code sls.push.} are handed to the selected push sender.
 */
public record IbKeyLoginConfig(int pushTimeoutSeconds, MatchMode matchMode, int maxPendingPushes, PushPolicy policy,
                               int responseLifetimeSeconds, boolean referenceAppHints, String pushSender,
                               Map<String, String> senderSettings) {

    public static final String PUSH_TIMEOUT = "sls.ibkey.push-timeout";
    public static final String MATCH_MODE = "sls.ibkey.match-mode";
    public static final String MAX_PENDING = "sls.ibkey.max-pending-pushes";
    public static final String UNANSWERED_LIMIT = "sls.ibkey.unanswered-limit";
    public static final String COOLDOWN = "sls.ibkey.cooldown";
    public static final String PUSHES_PER_WINDOW = "sls.ibkey.pushes-per-window";
    public static final String PUSH_WINDOW = "sls.ibkey.push-window";
    public static final String PUSH_BACKOFF = "sls.ibkey.push-backoff";
    public static final String SENDS_PER_IP = "sls.ibkey.sends-per-ip";
    public static final String RESPONSE_LIFETIME = "sls.ibkey.response-lifetime";
    public static final String REFERENCE_APP_HINTS = "sls.ibkey.reference-app-hints";
    public static final String PUSH_SENDER = "sls.push.sender";
    public static final String SENDER_PREFIX = "sls.push.";

    public static final IbKeyLoginConfig DEFAULT = new IbKeyLoginConfig(120, MatchMode.CODE, 3,
            new PushPolicy(3, 300, 6, 900, 10, SecondFactorSends.DEFAULT_PER_CLIENT_IP), 300, false, "none", Map.of());

    public static List<ProviderConfigProperty> properties(List<String> senderIds) {
        PushPolicy policy = DEFAULT.policy();
        return ProviderConfigurationBuilder.create()
                .property().name(PUSH_SENDER).label("Push sender").type(ProviderConfigProperty.LIST_TYPE)
                .options(senderIds).defaultValue(DEFAULT.pushSender())
                .helpText("How the login notification reaches the phone: none (the app polls), webhook, fcm, apns.")
                .add()
                .property().name(MATCH_MODE).label("Match mode").type(ProviderConfigProperty.LIST_TYPE)
                .options("code", "number", "none").defaultValue(DEFAULT.matchMode().wire())
                .helpText("code: the login page shows a 6-digit code the person types into the phone (the secret"
                        + " crosses between the two channels, as NIST SP 800-63B-4 asks); number: the phone offers three"
                        + " numbers, one of them on the page; none: plain approve. A wrong code or number counts as a"
                        + " failed attempt and ends the push.").add()
                .property().name(PUSH_TIMEOUT).label("Push timeout (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("120").helpText("How long a login waits for the phone (10-600).").add()
                .property().name(MAX_PENDING).label("Pending pushes per user").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("3").helpText("At most this many login notifications wait at once for a user (1-10).")
                .add()
                .property().name(UNANSWERED_LIMIT).label("Unanswered pushes before cooldown")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(policy.unansweredLimit()))
                .helpText("After this many pushes in a row go unanswered (expired, replaced by a new one, or left for"
                        + " challenge/response), no push is sent for the cooldown (1-10).").add()
                .property().name(COOLDOWN).label("Cooldown (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(String.valueOf(policy.cooldownSeconds()))
                .helpText("Pause of push after unanswered ones; challenge/response still works (0-86400).").add()
                .property().name(PUSHES_PER_WINDOW).label("Pushes per user per window")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(policy.pushesPerWindow()))
                .helpText("At most this many pushes to one user in the window, however many logins ask (1-50).").add()
                .property().name(PUSH_WINDOW).label("Push window (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(String.valueOf(policy.windowSeconds())).helpText("The window of that cap (60-86400).")
                .add()
                .property().name(PUSH_BACKOFF).label("Wait between pushes (seconds)")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(policy.backoffSeconds()))
                .helpText("From the third push of a window on, the wait before the next one: this, doubled at each"
                        + " push (0-600; 0 turns the growing wait off).").add()
                .property().name(SENDS_PER_IP).label("Second-factor sends per client IP (10 minutes)")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(policy.sendsPerClientIp()))
                .helpText("At most this many pushes, SMS or calls started from one client IP address in ten minutes,"
                        + " to all users together (1-1000).").add()
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
        PushPolicy fallback = DEFAULT.policy();
        PushPolicy policy = new PushPolicy(
                BoundedInt.readOrDefault(raw, UNANSWERED_LIMIT, 1, 10, fallback.unansweredLimit()),
                BoundedInt.readOrDefault(raw, COOLDOWN, 0, 86_400, fallback.cooldownSeconds()),
                BoundedInt.readOrDefault(raw, PUSHES_PER_WINDOW, 1, 50, fallback.pushesPerWindow()),
                BoundedInt.readOrDefault(raw, PUSH_WINDOW, 60, 86_400, fallback.windowSeconds()),
                BoundedInt.readOrDefault(raw, PUSH_BACKOFF, 0, 600, fallback.backoffSeconds()),
                BoundedInt.readOrDefault(raw, SENDS_PER_IP, 1, 1000, fallback.sendsPerClientIp()));
        String senderId = raw.getOrDefault(PUSH_SENDER, DEFAULT.pushSender());
        return new IbKeyLoginConfig(
                BoundedInt.readOrDefault(raw, PUSH_TIMEOUT, 10, 600, DEFAULT.pushTimeoutSeconds()),
                MatchMode.fromWire(String.valueOf(raw.get(MATCH_MODE)).trim().toLowerCase(Locale.ROOT))
                        .orElse(DEFAULT.matchMode()),
                BoundedInt.readOrDefault(raw, MAX_PENDING, 1, 10, DEFAULT.maxPendingPushes()),
                policy,
                BoundedInt.readOrDefault(raw, RESPONSE_LIFETIME, 60, 1800, DEFAULT.responseLifetimeSeconds()),
                Boolean.parseBoolean(raw.get(REFERENCE_APP_HINTS)),
                senderId == null || senderId.isBlank() ? DEFAULT.pushSender() : senderId.trim(),
                Map.copyOf(sender));
    }
}
