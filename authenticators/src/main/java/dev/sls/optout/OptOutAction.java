package dev.sls.optout;

import dev.sls.core.event.EventDetails;
import dev.sls.settings.AccountRights;
import dev.sls.settings.DeviceLogin;
import dev.sls.settings.SettingsDevices;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@code kc_action=sls-opt-out}: the Secure Login Settings page. A person holding the right to change the account's
 * security settings ({@link AccountRights}), after a fresh login with their device, chooses "Secure Login not required
 * for trading" (realm permitting, after accepting the restrictions) or "I want to always use my Secure Login Device
 * when logging in" (needs an active device); "Your settings have been updated", OK. Each change is an event and is
 * told to the person by email. Everything is checked again on every post.
 */
final class OptOutAction implements RequiredActionProvider {

    static final String CHOICE = "sls-optout-choice";
    static final String NOT_REQUIRED = "not-required";
    static final String ALWAYS = "always";
    static final String ACCEPT = "sls-optout-accept";
    static final String STEP = "sls-optout-step";
    static final String OK = "ok";
    static final String OPTED_OUT = "opted_out";
    static final String OPTED_BACK_IN = "opted_back_in";

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
        if (!refused(context)) {
            show(context, OptOutPage.FORM, null);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (refused(context)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (OK.equals(form.getFirst(STEP))) {
            context.success();
            return;
        }
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        boolean optedOut = OptOutSettings.optedOut(user);
        String choice = form.getFirst(CHOICE);
        if (NOT_REQUIRED.equals(choice)) {
            if (optedOut) {
                context.success();
            } else if (!OptOutSettings.allowed(realm)) {
                show(context, OptOutPage.FORM, "slsOptOutNotOffered");
            } else if (!"true".equals(form.getFirst(ACCEPT))) {
                show(context, OptOutPage.FORM, "slsOptOutAcceptRequired");
            } else {
                OptOutSettings.recordOptOut(user);
                changed(context, OPTED_OUT);
                OptOutNotice.optedOut(context.getSession(), realm, user);
                show(context, OptOutPage.DONE, null);
            }
        } else if (ALWAYS.equals(choice)) {
            if (!optedOut) {
                context.success();
            } else if (!SettingsDevices.hasActiveDevice(context.getSession(), realm, user)) {
                show(context, OptOutPage.FORM, "slsOptInNeedsDevice");
            } else {
                OptOutSettings.recordOptIn(user);
                changed(context, OPTED_BACK_IN);
                OptOutNotice.optedBackIn(context.getSession(), realm, user);
                show(context, OptOutPage.DONE, null);
            }
        } else {
            show(context, OptOutPage.FORM, "slsOptOutChooseOne");
        }
    }

    /** No device proven, no right, or nothing to choose: the refusal is shown and true returned. */
    private static boolean refused(RequiredActionContext context) {
        if (DeviceLogin.refuses(context, OptOutActionFactory.PROVIDER_ID)) {
            return true;
        }
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        if (!AccountRights.maySetSecurity(realm, user)) {
            context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                    .detail(Details.CUSTOM_REQUIRED_ACTION, OptOutActionFactory.PROVIDER_ID)
                    .error("sls_settings_right_required");
            context.challenge(page(context, OptOutPage.NOT_ALLOWED, null,
                    AccountRights.holders(context.getSession(), realm, user)));
            return true;
        }
        if (!OptOutSettings.allowed(realm) && !OptOutSettings.optedOut(user)) {
            context.challenge(context.form().setError("slsOptOutNotOffered")
                    .createErrorPage(Response.Status.BAD_REQUEST));
            return true;
        }
        return false;
    }

    private static void changed(RequiredActionContext context, String what) {
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, OptOutActionFactory.PROVIDER_ID)
                .detail(EventDetails.OPT_OUT, what).success();
    }

    private static void show(RequiredActionContext context, String view, String error) {
        context.challenge(page(context, view, error, List.of()));
    }

    private static Response page(RequiredActionContext context, String view, String error, List<String> holders) {
        var form = context.form().setAttribute("slsOptOut", new OptOutPage(view,
                OptOutSettings.optedOut(context.getUser()), OptOutSettings.allowed(context.getRealm()), holders));
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(OptOutPage.TEMPLATE);
    }

    @Override
    public void close() {
        // stateless
    }
}
