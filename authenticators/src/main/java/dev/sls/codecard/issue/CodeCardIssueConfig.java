package dev.sls.codecard.issue;

import dev.sls.codecard.protocol.CodeCardHasher;
import dev.sls.codecard.protocol.CodeCardSpec;
import dev.sls.core.config.IntSetting;
import java.util.List;
import java.util.Map;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

/** Typed settings of card issuance, read from the required action's config (validated when saved). */
public record CodeCardIssueConfig(CodeCardSpec spec, int activationPositions, int hashIterations) {

    public static final IntSetting SIZE = new IntSetting("sls.code-card.size", "Cells per card",
            "Number of codes printed on a card, each under its index number.", CodeCardSpec.MIN_SIZE,
            CodeCardSpec.MAX_SIZE, CodeCardSpec.DEFAULT.size());
    public static final IntSetting CODE_LENGTH = new IntSetting("sls.code-card.code-length", "Digits per code",
            "Digits in each code. Logins ask enough codes for at least 20 bits per challenge.",
            CodeCardSpec.MIN_CODE_LENGTH, CodeCardSpec.MAX_CODE_LENGTH, CodeCardSpec.DEFAULT.codeLength());
    public static final IntSetting ACTIVATION_POSITIONS = new IntSetting("sls.code-card.activation-positions",
            "Codes asked to activate", "How many codes from the new card the person must type before it is activated.",
            2, 10, 2);
    public static final IntSetting HASH_ITERATIONS = new IntSetting("sls.code-card.hash-iterations",
            "Hash iterations per cell", "PBKDF2-HMAC-SHA256 iterations used to store each cell. Higher makes a stolen"
                    + " database costlier to turn into cards, and every login slower.",
            100, 100_000, CodeCardHasher.DEFAULT_ITERATIONS);

    private static final List<IntSetting> SETTINGS = List.of(SIZE, CODE_LENGTH, ACTIVATION_POSITIONS, HASH_ITERATIONS);

    public static final CodeCardIssueConfig DEFAULT = from(Map.of());

    public static List<ProviderConfigProperty> properties() {
        return SETTINGS.stream().map(IntSetting::property).toList();
    }

    public static CodeCardIssueConfig from(RequiredActionConfigModel model) {
        return from(model == null || model.getConfig() == null ? Map.of() : model.getConfig());
    }

    private static CodeCardIssueConfig from(Map<String, String> config) {
        return new CodeCardIssueConfig(new CodeCardSpec(SIZE.read(config), CODE_LENGTH.read(config)),
                ACTIVATION_POSITIONS.read(config), HASH_ITERATIONS.read(config));
    }

    /** Rejects a config with a value that is not a whole number in its range, naming the setting. */
    public static void validate(String actionId, RequiredActionConfigModel model) {
        SETTINGS.forEach(setting -> setting.validate(actionId, model.getConfig()));
    }
}
