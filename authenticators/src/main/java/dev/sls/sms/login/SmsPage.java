package dev.sls.sms.login;

import dev.sls.core.login.LocalFormats;
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
    private final boolean codeSent;
    private final String lifetime;
    private final String waitUrl;
    private final long expiresIn;
    private final String sentNotice;

    private SmsPage(String number, String notice, boolean hasNumber, boolean codeSent, String lifetime,
                    String waitUrl, long expiresIn, String sentNotice) {
        this.number = LocalFormats.unbroken(number);
        this.notice = notice;
        this.hasNumber = hasNumber;
        this.codeSent = codeSent;
        this.lifetime = lifetime;
        this.waitUrl = waitUrl;
        this.expiresIn = expiresIn;
        this.sentNotice = sentNotice;
    }

    private SmsPage(String number, String notice, boolean hasNumber, boolean codeSent, String lifetime) {
        this(number, notice, hasNumber, codeSent, lifetime, null, 0, null);
    }

    /**
     * The same page, waiting for the provider's answer to the send: its script long-polls {@code waitUrl} and then
     * says {@code sentNotice} in place of the notice, or asks the server what to show ({@code sls-action=send-status}).
     */
    SmsPage waitingFor(String url, long expiresInSeconds, String sentNotice) {
        return new SmsPage(number, notice, hasNumber, codeSent, lifetime, url, expiresInSeconds, sentNotice);
    }

    /**
     * @param notice   message key saying where the code went ("sent by SMS to {0}"), or null
     * @param lifetime how long a code stays valid, in words ({@code LocalFormats#minutes})
     */
    static SmsPage to(String maskedNumber, String notice, String lifetime) {
        return new SmsPage(maskedNumber, notice, true, true, lifetime);
    }

    /** No code went out for this login (a limit, the provider): no code field, the ways to ask for one open. */
    static SmsPage noCodeYet(String maskedNumber, String lifetime) {
        return new SmsPage(maskedNumber, null, true, false, lifetime);
    }

    /** The user has SMS codes but no verified default number: only another device can help. */
    static SmsPage withoutNumber() {
        return new SmsPage("", null, false, false, "");
    }

    /** The page, with {@code error} (a message key taking {@code argument}) shown if not null. */
    Response render(AuthenticationFlowContext context, String error, String argument) {
        LoginFormsProvider form = context.form().setAttribute(ATTRIBUTE, this);
        if (error != null) {
            form.setError(error, argument == null ? "" : argument);
        }
        return form.createForm(TEMPLATE);
    }

    /** The page with an information line (a message key and its arguments) instead of an error. */
    Response renderInfo(AuthenticationFlowContext context, String info, Object... arguments) {
        return context.form().setAttribute(ATTRIBUTE, this).setInfo(info, arguments).createForm(TEMPLATE);
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

    /** Whether a code went out for this login (the page then asks for it). */
    public boolean isCodeSent() {
        return codeSent;
    }

    /** Where the page's script waits for the provider's answer; null when there is nothing to wait for. */
    public String getWaitUrl() {
        return waitUrl;
    }

    /** The notice the page shows once the send went out (message key taking the number). */
    public String getSentNotice() {
        return sentNotice;
    }

    /** Seconds until the code expires (the script stops waiting then). */
    public long getExpiresIn() {
        return expiresIn;
    }

    /** How long a code stays valid, in words in the page's language. */
    public String getLifetime() {
        return lifetime;
    }
}
