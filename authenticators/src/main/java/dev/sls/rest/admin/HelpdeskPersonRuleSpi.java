package dev.sls.rest.admin;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: what capabilities add to the helpdesk's user search. */
public final class HelpdeskPersonRuleSpi extends SlsSpi {

    public static final String NAME = "sls-admin-person";

    public HelpdeskPersonRuleSpi() {
        super(NAME, HelpdeskPersonRule.class, HelpdeskPersonRuleFactory.class);
    }
}
