package dev.sls.ibkey.login;

import dev.sls.core.config.IntSetting;
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

    public static final IntSetting PUSH_TIMEOUT = new IntSetting("sls.ibkey.push-timeout", "Push timeout (seconds)",
            "How long a login waits for the phone.", 10, 600, 120);
    public static final String MATCH_MODE = "sls.ibkey.match-mode";
    public static final IntSetting MAX_PENDING = new IntSetting("sls.ibkey.max-pending-pushes",
            "Pending pushes per user", "At most this many login notifications wait at once for a user.", 1, 10, 3);
    public static final IntSetting UNANSWERED_LIMIT = new IntSetting("sls.ibkey.unanswered-limit",
            "Unanswered pushes before cooldown", "After this many pushes in a row go unanswered (expired, replaced by a"
                    + " new one, or left for challenge/response), no push is sent for the cooldown.", 1, 10, 3);
    public static final IntSetting COOLDOWN = new IntSetting("sls.ibkey.cooldown", "Cooldown (seconds)",
            "Pause of push after unanswered ones; challenge/response still works.", 0, 86_400, 300);
    public static final IntSetting PUSHES_PER_WINDOW = new IntSetting("sls.ibkey.pushes-per-window",
            "Pushes per user per window", "At most this many pushes to one user in the window, however many logins"
                    + " ask.", 1, 50, 6);
    public static final IntSetting PUSH_WINDOW = new IntSetting("sls.ibkey.push-window", "Push window (seconds)",
            "The window of that cap.", 60, 86_400, 900);
    public static final IntSetting PUSH_BACKOFF = new IntSetting("sls.ibkey.push-backoff",
            "Wait between pushes (seconds)", "From the third push of a window on, the wait before the next one: this,"
                    + " doubled at each push (0 turns the growing wait off).", 0, 600, 10);
    public static final IntSetting SENDS_PER_IP = new IntSetting("sls.ibkey.sends-per-ip",
            "Second-factor sends per client IP (10 minutes)", "At most this many pushes, SMS or calls started from one"
                    + " client IP address in ten minutes, to all users together.", 1, 1000,
            SecondFactorSends.DEFAULT_PER_CLIENT_IP);
    public static final IntSetting RESPONSE_LIFETIME = new IntSetting("sls.ibkey.response-lifetime",
            "Challenge lifetime (seconds)", "How long an offline challenge code can be answered.", 60, 1800, 300);
    public static final String REFERENCE_APP_HINTS = "sls.ibkey.reference-app-hints";
    public static final String PUSH_SENDER = "sls.push.sender";
    public static final String SENDER_PREFIX = "sls.push.";
    private static final String DEFAULT_SENDER = "none";

    public static final IbKeyLoginConfig DEFAULT = from(null);

    public static List<ProviderConfigProperty> properties(List<String> senderIds) {
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
                .property(PUSH_TIMEOUT.property())
                .property(MAX_PENDING.property())
                .property(UNANSWERED_LIMIT.property())
                .property(COOLDOWN.property())
                .property(PUSHES_PER_WINDOW.property())
                .property(PUSH_WINDOW.property())
                .property(PUSH_BACKOFF.property())
                .property(SENDS_PER_IP.property())
                .property(RESPONSE_LIFETIME.property())
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
        PushPolicy policy = new PushPolicy(UNANSWERED_LIMIT.read(raw), COOLDOWN.read(raw),
                PUSHES_PER_WINDOW.read(raw), PUSH_WINDOW.read(raw), PUSH_BACKOFF.read(raw), SENDS_PER_IP.read(raw));
        String senderId = raw.getOrDefault(PUSH_SENDER, DEFAULT_SENDER);
        return new IbKeyLoginConfig(PUSH_TIMEOUT.read(raw),
                MatchMode.fromWire(String.valueOf(raw.get(MATCH_MODE)).trim().toLowerCase(Locale.ROOT))
                        .orElse(MatchMode.CODE),
                MAX_PENDING.read(raw),
                policy,
                RESPONSE_LIFETIME.read(raw),
                Boolean.parseBoolean(raw.get(REFERENCE_APP_HINTS)),
                senderId == null || senderId.isBlank() ? DEFAULT_SENDER : senderId.trim(),
                Map.copyOf(sender));
    }
}
