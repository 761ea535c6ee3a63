package dev.sls.codecard.issue;

import dev.sls.codecard.protocol.CodeCardHasher;
import dev.sls.codecard.protocol.CodeCardSpec;
import dev.sls.core.config.BoundedInt;
import java.util.List;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

/** Typed settings of card issuance, read from the required action's config (validated when saved). */
public record CodeCardIssueConfig(CodeCardSpec spec, int activationPositions, int hashIterations) {

    public static final String SIZE = "sls.code-card.size";
    public static final String CODE_LENGTH = "sls.code-card.code-length";
    public static final String ACTIVATION_POSITIONS = "sls.code-card.activation-positions";
    public static final String HASH_ITERATIONS = "sls.code-card.hash-iterations";

    public static final CodeCardIssueConfig DEFAULT =
            new CodeCardIssueConfig(CodeCardSpec.DEFAULT, 2, CodeCardHasher.DEFAULT_ITERATIONS);

    private record Bound(String key, int min, int max, int fallback) { }

    private static final List<Bound> BOUNDS = List.of(
            new Bound(SIZE, CodeCardSpec.MIN_SIZE, CodeCardSpec.MAX_SIZE, DEFAULT.spec().size()),
            new Bound(CODE_LENGTH, CodeCardSpec.MIN_CODE_LENGTH, CodeCardSpec.MAX_CODE_LENGTH, DEFAULT.spec().codeLength()),
            new Bound(ACTIVATION_POSITIONS, 2, 10, DEFAULT.activationPositions()),
            new Bound(HASH_ITERATIONS, 100, 100_000, DEFAULT.hashIterations()));

    public static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(SIZE).label("Cells per card")
                .helpText("Number of codes printed on a card, each under its index number (20-200).")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.spec().size())).add()
                .property().name(CODE_LENGTH).label("Digits per code")
                .helpText("Digits in each code (3-8). Logins ask enough codes for at least 20 bits per challenge.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.spec().codeLength())).add()
                .property().name(ACTIVATION_POSITIONS).label("Codes asked to activate")
                .helpText("How many codes from the new card the person must type before it is activated (2-10).")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.activationPositions())).add()
                .property().name(HASH_ITERATIONS).label("Hash iterations per cell")
                .helpText("PBKDF2-HMAC-SHA256 iterations used to store each cell (100-100000). Higher makes a stolen"
                        + " database costlier to turn into cards, and every login slower.")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT.hashIterations())).add()
                .build();
    }

    public static CodeCardIssueConfig from(RequiredActionConfigModel model) {
        int[] values = new int[BOUNDS.size()];
        for (int i = 0; i < values.length; i++) {
            Bound bound = BOUNDS.get(i);
            Integer parsed = model == null ? null : BoundedInt.parse(model.getConfigValue(bound.key()), bound.min(), bound.max());
            values[i] = parsed == null ? bound.fallback() : parsed;
        }
        return new CodeCardIssueConfig(new CodeCardSpec(values[0], values[1]), values[2], values[3]);
    }

    /** Rejects a config with a value that is not a whole number in its range, naming the setting. */
    public static void validate(String actionId, RequiredActionConfigModel model) {
        for (Bound bound : BOUNDS) {
            String raw = model.getConfigValue(bound.key());
            if (raw != null && !raw.isBlank() && BoundedInt.parse(raw, bound.min(), bound.max()) == null) {
                throw new ValidationException(new ValidationError(actionId, bound.key(),
                        "error-number-out-of-range", bound.min(), bound.max()));
            }
        }
    }
}
