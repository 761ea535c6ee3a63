package dev.sls.sms.login;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * What the SMS login screen shows ({@code slsSms} in FreeMarker): where the code went and how, the code field, and
 * "Didn't receive a security code?" with SMS again or a voice callback.
 */
public final class SmsPage {

    public static final String ATTRIBUTE = "slsSms";
    static final String TEMPLATE = "sls-sms-login.ftl";

    private final String number;
    private final String notice;
    private final boolean hasNumber;
    private final int lifetimeMinutes;

    private SmsPage(String number, String notice, boolean hasNumber, int lifetimeMinutes) {
        this.number = number;
        this.notice = notice;
        this.hasNumber = hasNumber;
        this.lifetimeMinutes = lifetimeMinutes;
    }

    /** @param notice message key saying where the code went ("sent by SMS to {0}"), or null */
    static SmsPage to(String maskedNumber, String notice, int lifetimeMinutes) {
        return new SmsPage(maskedNumber, notice, true, lifetimeMinutes);
    }

    /** The user has SMS codes but no verified default number: only another device can help. */
    static SmsPage withoutNumber() {
        return new SmsPage("", null, false, 0);
    }

    /** The page, with {@code error} (a message key taking {@code argument}) shown if not null. */
    Response render(AuthenticationFlowContext context, String error, String argument) {
        LoginFormsProvider form = context.form().setAttribute(ATTRIBUTE, this);
        if (error != null) {
            form.setError(error, argument == null ? "" : argument);
        }
        return form.createForm(TEMPLATE);
    }

    public String getNumber() {
        return number;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isHasNumber() {
        return hasNumber;
    }

    public int getLifetimeMinutes() {
        return lifetimeMinutes;
    }
}
