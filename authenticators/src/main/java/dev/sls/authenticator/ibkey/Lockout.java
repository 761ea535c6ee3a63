package dev.sls.authenticator.ibkey;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.services.managers.BruteForceProtector;

/** A flow resumed after the phone answered re-checks that the user may still log in. */
final class Lockout {

    private Lockout() {
    }

    static boolean isLockedOut(AuthenticationFlowContext context) {
        if (!context.getUser().isEnabled()) {
            return true;
        }
        if (!context.getRealm().isBruteForceProtected()) {
            return false;
        }
        BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
        return protector.isTemporarilyDisabled(context.getSession(), context.getRealm(), context.getUser())
                || protector.isPermanentlyLockedOut(context.getSession(), context.getRealm(), context.getUser());
    }
}
