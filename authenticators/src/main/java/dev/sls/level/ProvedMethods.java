package dev.sls.level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What a device step really proved, in RFC 8176 {@code amr} values, when that depends on this login rather than on
 * the step's setting: Keycloak's AMR mapper writes the step's configured reference value ({@code sms} for the SMS
 * step), but a code read out in a voice call is {@code tel}. The step records "configured = actual" as a note of
 * this client's session and of the user session, and {@link DeviceClaimMapper} puts the actual values in its place.
 */
public final class ProvedMethods {

    public static final String NOTE = "sls.amr";
    /** The key under which Keycloak's AMR mapper reads an execution's reference value. */
    static final String REFERENCE_VALUE = "default.reference.value";

    private ProvedMethods() {
    }

    /**
     * Records that this step proved {@code actual} (e.g. {@code ["tel"]}); written also when it is what the setting
     * says, so a note of an earlier login of the same session does not speak for this one.
     */
    public static void record(AuthenticationFlowContext context, List<String> actual) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        String configured = config == null || config.getConfig() == null ? null
                : config.getConfig().get(REFERENCE_VALUE);
        List<String> values = actual.stream().filter(v -> v.matches("[a-z]{2,8}")).distinct().toList();
        if (configured == null || configured.isBlank() || values.isEmpty()) {
            return;
        }
        String note = configured + "=" + String.join(" ", values);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setClientNote(NOTE, note);
        authSession.setUserSessionNote(NOTE, note);
    }

    /** {@code amr} with the configured value of the note replaced by the actual ones (unchanged without a note). */
    static List<Object> apply(List<?> amr, String note) {
        List<Object> result = new ArrayList<>(amr);
        Optional<String[]> parts = Optional.ofNullable(note).map(n -> n.split("=", 2)).filter(p -> p.length == 2);
        if (parts.isEmpty() || !result.contains(parts.get()[0])) {
            return result;
        }
        int at = result.indexOf(parts.get()[0]);
        result.remove(at);
        for (String value : Arrays.stream(parts.get()[1].split(" ")).filter(v -> !v.isBlank()).toList()) {
            if (!result.contains(value)) {
                result.add(Math.min(at++, result.size()), value);
            }
        }
        return result;
    }
}
