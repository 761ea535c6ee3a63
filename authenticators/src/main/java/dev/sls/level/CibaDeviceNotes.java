package dev.sls.level;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.protocol.oidc.grants.ciba.CibaGrantType;

/**
 * The device that approved a CIBA request, for the tokens of that request. CIBA has no login flow, so nothing writes
 * the usual notes: the authentication channel hands these as the approval's parameters, and Keycloak's CIBA token
 * request copies them into the new client session under {@value #CALLBACK_PREFIX} (only an authentication channel's
 * approval can put notes there, never the client).
 */
public final class CibaDeviceNotes {

    /** Where Keycloak keeps an approval's parameters ({@code ciba_callback_response_param_}). */
    public static final String CALLBACK_PREFIX = CibaGrantType.ADDITIONAL_CALLBACK_PARAMS_PREFIX;
    static final String AMR_NOTE = "sls.ciba.amr";

    private CibaDeviceNotes() {
    }

    /** The approval's parameters: the device (type, credential id, level) and the RFC 8176 value it proves. */
    public static Map<String, String> approval(String credentialType, String credentialId, int level, String amr) {
        return Map.of(UsedDevice.NOTE, new UsedDevice(credentialType, credentialId, level).note(), AMR_NOTE, amr);
    }

    static Optional<UsedDevice> device(AuthenticatedClientSessionModel clientSession) {
        return clientSession == null ? Optional.empty()
                : UsedDevice.parse(clientSession.getNote(CALLBACK_PREFIX + UsedDevice.NOTE));
    }

    static List<Object> amr(AuthenticatedClientSessionModel clientSession) {
        String amr = clientSession.getNote(CALLBACK_PREFIX + AMR_NOTE);
        return amr == null || !amr.matches("[a-z]{2,8}") ? List.of() : List.of(amr);
    }
}
