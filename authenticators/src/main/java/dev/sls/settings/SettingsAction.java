package dev.sls.settings;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * {@code kc_action=sls-settings}: the person's Secure Login settings page — their devices with level and state,
 * and the boxes of the capabilities ({@link SettingsSection}). Opens only after a fresh login with a device
 * ({@link DeviceLogin}), checked again at every post; "OK" goes back to the application. A box's button posts
 * {@code sls-settings=<box>:<verb>} to the page's own login action; a change is asked to be confirmed first.
 */
final class SettingsAction implements RequiredActionProvider {

    static final String FIELD = "sls-settings";
    static final String DONE = "done";
    static final String BACK = "back";
    static final String CONFIRMED = "confirmed";
    private static final Pattern ACTION = Pattern.compile("([a-z0-9-]{1,64}):([a-z0-9-]{1,32})(:" + CONFIRMED + ")?");

    /**
     * A question the page asks before a box's action ({@code slsSettingsConfirm} in the template).
     *
     * @param messageKey the question
     * @param value      what the confirming button posts
     */
    public record Confirm(String messageKey, String value) {
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // only ever application-initiated
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (DeviceLogin.refuses(context, SettingsActionFactory.PROVIDER_ID)) {
            return;
        }
        context.challenge(page(context, context.form(), Response.Status.OK));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (DeviceLogin.refuses(context, SettingsActionFactory.PROVIDER_ID)) {
            return;
        }
        String value = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD);
        if (value == null || DONE.equals(value)) {
            context.success();
            return;
        }
        if (BACK.equals(value)) {
            context.challenge(page(context, context.form(), Response.Status.OK));
            return;
        }
        Matcher action = ACTION.matcher(value);
        SettingsSection section = action.matches()
                ? context.getSession().getProvider(SettingsSection.class, action.group(1)) : null;
        Optional<SettingsSection.Acted> acted = section == null ? Optional.empty()
                : section.act(context.getSession(), context.getRealm(), context.getUser(),
                        context.getEvent().clone(), action.group(2), action.group(3) != null);
        LoginFormsProvider form = context.form();
        if (acted.isEmpty()) {
            form.setError("slsSettingsUnknownAction");
            context.challenge(page(context, form, Response.Status.BAD_REQUEST));
            return;
        }
        SettingsSection.Acted outcome = acted.get();
        switch (outcome.kind()) {
            case CONFIRM -> form.setAttribute("slsSettingsConfirm", new Confirm(outcome.messageKey(),
                    action.group(1) + ":" + action.group(2) + ":" + CONFIRMED));
            case DONE, REFUSED -> form.setAttribute("slsSettingsOutcome", outcome);
        }
        context.challenge(page(context, form, outcome.kind() == SettingsSection.Acted.Kind.REFUSED
                ? Response.Status.CONFLICT : Response.Status.OK));
    }

    private static Response page(RequiredActionContext context, LoginFormsProvider form, Response.Status status) {
        SettingsPage page = SettingsPage.of(context.getSession(), context.getRealm(), context.getUser());
        return form.setAttribute("slsSettings", page).setStatus(status).createForm(SettingsPage.TEMPLATE);
    }

    @Override
    public void close() {
        // stateless
    }
}
