package dev.sls.codecard.login;

import dev.sls.core.config.BoundedInt;
import java.util.List;
import java.util.Map;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Typed settings of the code-card login step, read from its authenticator config. */
public record CodeCardLoginConfig(int positions, int challengeLifetimeSeconds) {

    public static final String POSITIONS = "sls.code-card.positions";
    public static final String CHALLENGE_LIFETIME = "sls.code-card.challenge-lifetime";
    public static final CodeCardLoginConfig DEFAULT = new CodeCardLoginConfig(2, 300);

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(POSITIONS).label("Codes asked per login")
            .helpText("How many index numbers a login asks for (1-10). Raised automatically so that a blind guess has"
                    + " at least 20 bits against it (2 for 4-digit codes, 3 for 3-digit codes).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.positions())).add()
            .property().name(CHALLENGE_LIFETIME).label("Challenge lifetime (seconds)")
            .helpText("How long the asked index numbers stay valid (30-3600). A challenge is always used once.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.challengeLifetimeSeconds())).add()
            .build();

    public static CodeCardLoginConfig from(AuthenticatorConfigModel model) {
        Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
        return new CodeCardLoginConfig(
                BoundedInt.readOrDefault(config, POSITIONS, 1, 10, DEFAULT.positions()),
                BoundedInt.readOrDefault(config, CHALLENGE_LIFETIME, 30, 3600, DEFAULT.challengeLifetimeSeconds()));
    }
}
