package dev.sls.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A device set up during a login by a step that made the person prove they hold it (codes typed from the new card,
 * a code sent to the number, the phone that scanned this page's QR code, a DSC+ response): recorded as the device
 * this login used, as a login step records it, so {@code sls_device} names it and {@code amr} says how it was proved.
 * A device a login step of the same login already proved keeps its place: a login reports the device it was
 * authenticated with. {@code acr} is not raised: it stays the level the login flow reached.
 */
public final class EnrolledDevice {

    /** Client and user-session note: {@code type|credentialId=amr values}, the values the enrolment proved. */
    public static final String NOTE = "sls.amr.enrolled";

    private EnrolledDevice() {
    }

    /**
     * Records the device; {@code methods} are the RFC 8176 values of how it was proved, or empty for the value the
     * login flow's step for this device type is set to.
     */
    public static void record(RequiredActionContext context, String credentialType, String credentialId,
                              List<String> methods) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (credentialType == null || credentialType.isBlank() || credentialType.contains("|")
                || UsedDevice.parse(authSession.getClientNote(UsedDevice.NOTE)).isPresent()) {
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        DeviceLevels levels = DeviceLevels.of(session, realm, realm.getBrowserFlow());
        String id = credentialId == null || credentialId.contains("|") ? null : credentialId;
        new UsedDevice(credentialType, id, levels.levelOf(session, credentialType).orElse(null)).store(authSession);
        List<String> values = (methods.isEmpty() ? levels.referenceOf(credentialType).stream().toList() : methods)
                .stream().filter(v -> v.matches("[a-z]{2,8}")).distinct().toList();
        String note = key(credentialType, id) + "=" + String.join(" ", values);
        authSession.setClientNote(NOTE, note);
        authSession.setUserSessionNote(NOTE, note);
    }

    /** {@code amr} with the values the note gives for {@code device} added (unchanged for another device). */
    static List<Object> apply(List<?> amr, String note, UsedDevice device) {
        List<Object> result = new ArrayList<>(amr);
        Optional<String[]> parts = Optional.ofNullable(note).map(n -> n.split("=", 2)).filter(p -> p.length == 2)
                .filter(p -> p[0].equals(key(device.credentialType(), device.credentialId())));
        parts.ifPresent(p -> {
            for (String value : p[1].split(" ")) {
                if (value.matches("[a-z]{2,8}") && !result.contains(value)) {
                    result.add(value);
                }
            }
        });
        return result;
    }

    private static String key(String credentialType, String credentialId) {
        return credentialType + "|" + (credentialId == null ? "" : credentialId);
    }
}
