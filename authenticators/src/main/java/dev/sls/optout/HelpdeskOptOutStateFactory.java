package dev.sls.optout;

import dev.sls.rest.admin.HelpdeskPersonRule;
import dev.sls.rest.admin.HelpdeskPersonRuleFactory;
import org.keycloak.models.KeycloakSession;

/** Registers {@link HelpdeskOptOutState} with the helpdesk's user search. */
public final class HelpdeskOptOutStateFactory implements HelpdeskPersonRuleFactory {

    private static final HelpdeskPersonRule RULE = new HelpdeskOptOutState();

    @Override
    public HelpdeskPersonRule create(KeycloakSession session) {
        return RULE;
    }

    @Override
    public String getId() {
        return "sls-optout-state";
    }
}
