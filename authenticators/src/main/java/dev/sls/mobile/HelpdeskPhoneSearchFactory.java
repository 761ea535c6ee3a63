package dev.sls.mobile;

import dev.sls.rest.admin.HelpdeskPersonRule;
import dev.sls.rest.admin.HelpdeskPersonRuleFactory;
import org.keycloak.models.KeycloakSession;

/** Registers {@link HelpdeskPhoneSearch} with the helpdesk's user search. */
public final class HelpdeskPhoneSearchFactory implements HelpdeskPersonRuleFactory {

    private static final HelpdeskPersonRule RULE = new HelpdeskPhoneSearch();

    @Override
    public HelpdeskPersonRule create(KeycloakSession session) {
        return RULE;
    }

    @Override
    public String getId() {
        return "sls-mobile-phone";
    }
}
