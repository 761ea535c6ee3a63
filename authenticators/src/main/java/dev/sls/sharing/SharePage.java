package dev.sls.sharing;

import jakarta.ws.rs.core.Response;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * What {@value #TEMPLATE} shows ({@code slsShare} in FreeMarker): one step of the sharing procedure. Holds nothing
 * secret and nothing about the owner but the masked username and the device's name.
 *
 * @param step         {@code owner}, {@code challenge}, {@code review}, {@code status}, {@code cancel}; {@code login}
 *                     (the login step) and {@code unavailable} (a shared device that no longer works)
 * @param ownerMasked  the owner's username masked, or null before it is known
 * @param deviceName   message key of the shared device's name, or null
 * @param challenge    the owner's device's challenge on the {@code challenge} step
 * @param state        the share's state on the {@code status} and {@code cancel} steps
 */
public record SharePage(String step, String ownerMasked, String deviceName, SharableDevice.Challenge challenge,
                        String state) {

    public static final String TEMPLATE = "sls-share-device.ftl";
    static final String ATTRIBUTE = "slsShare";

    /** The login with a shared device: its challenge, the device's name and the owner masked. */
    public static SharePage login(String ownerMasked, String deviceType, SharableDevice.Challenge challenge) {
        return new SharePage("login", ownerMasked, deviceType + "-display-name", challenge, null);
    }

    static SharePage owner() {
        return new SharePage("owner", null, null, null, null);
    }

    public Response render(LoginFormsProvider form, String error, String... arguments) {
        form.setAttribute(ATTRIBUTE, this);
        if (error != null) {
            form.setError(error, (Object[]) arguments);
        }
        return form.createForm(TEMPLATE);
    }
}
