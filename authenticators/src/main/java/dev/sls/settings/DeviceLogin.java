package dev.sls.settings;

import dev.sls.binding.BindingSettings;
import dev.sls.binding.DeviceProof;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;

/**
 * The Secure Login pages need a fresh login with the person's device: a device proven in this login, or in the same
 * single-sign-on session within the realm's {@value BindingSettings#MAX_AGE}. A password alone never opens them.
 */
public final class DeviceLogin {

    public static final String ERROR = "sls_settings_needs_device";
    static final String REFUSED = "slsSettingsNeedsDevice";

    private DeviceLogin() {
    }

    public static boolean proven(RequiredActionContext context) {
        return DeviceProof.of(context.getSession(), context.getRealm(), context.getAuthenticationSession(),
                        context.getUser())
                .filter(proof -> proof.recentWithin(BindingSettings.maxAgeSeconds(context.getRealm())))
                .isPresent();
    }

    /** True (and the refusal page shown, the attempt recorded as an event) when this login proved no device. */
    public static boolean refuses(RequiredActionContext context, String action) {
        if (proven(context)) {
            return false;
        }
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                .detail(Details.CUSTOM_REQUIRED_ACTION, action).error(ERROR);
        String maxAge = BindingSettings.maxAgeInWords(context.getSession(), context.getRealm(), context.getUser());
        context.challenge(context.form().setError(REFUSED, maxAge).createErrorPage(Response.Status.FORBIDDEN));
        return true;
    }
}
