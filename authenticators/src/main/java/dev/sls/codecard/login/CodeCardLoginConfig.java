package dev.sls.codecard.login;

import dev.sls.core.config.IntSetting;
import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

/** Typed settings of the code-card login step, read from its authenticator config. */
public record CodeCardLoginConfig(int positions, int challengeLifetimeSeconds) {

    public static final IntSetting POSITIONS = new IntSetting("sls.code-card.positions", "Codes asked per login",
            "How many index numbers a login asks for. Raised automatically so that a blind guess has at least 20 bits"
                    + " against it (2 for 4-digit codes, 3 for 3-digit codes).", 1, 10, 2);
    public static final IntSetting CHALLENGE_LIFETIME = new IntSetting("sls.code-card.challenge-lifetime",
            "Challenge lifetime (seconds)",
            "How long the asked index numbers stay valid. A challenge is always used once.", 30, 3600, 300);
    public static final CodeCardLoginConfig DEFAULT =
            new CodeCardLoginConfig(POSITIONS.fallback(), CHALLENGE_LIFETIME.fallback());

    public static final List<ProviderConfigProperty> PROPERTIES =
            List.of(POSITIONS.property(), CHALLENGE_LIFETIME.property());

    public static CodeCardLoginConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new CodeCardLoginConfig(POSITIONS.read(config), CHALLENGE_LIFETIME.read(config));
    }
}
