package dev.sls.core.login;

import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * A check a capability adds before every device's login step shows its challenge and at each post (the withdrawal
 * limits are one). When it refuses, it has already answered the request; the step does nothing more.
 */
@FunctionalInterface
public interface LoginGate {

    /** A gate that lets every login go on. */
    LoginGate OPEN = (context, credentialType) -> true;

    boolean admits(AuthenticationFlowContext context, String credentialType);
}
