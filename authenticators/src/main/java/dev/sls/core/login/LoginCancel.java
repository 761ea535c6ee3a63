package dev.sls.core.login;

import dev.sls.core.event.EventDetails;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Errors;
import org.keycloak.protocol.LoginProtocol;

/**
 * Ends a login at the person's request, as Keycloak's {@code cancelLogin} does ({@code access_denied} at the
 * application), with an {@code error_description} saying why the person could not go on, so that a relying party can
 * tell the cases apart. The description starts with a stable code, then a colon and words for a developer.
 */
public final class LoginCancel {

    private LoginCancel() {
    }

    public static void cancel(AuthenticationFlowContext context, String code, String words) {
        context.getEvent().detail(EventDetails.CANCEL, code).error(Errors.REJECTED_BY_USER);
        LoginProtocol protocol = context.getSession().getProvider(LoginProtocol.class,
                context.getAuthenticationSession().getProtocol());
        protocol.setRealm(context.getRealm()).setHttpHeaders(context.getHttpRequest().getHttpHeaders())
                .setUriInfo(context.getUriInfo()).setEventBuilder(context.getEvent());
        context.forceChallenge(protocol.sendError(context.getAuthenticationSession(),
                LoginProtocol.Error.CANCELLED_BY_USER, code + ": " + words));
    }
}
