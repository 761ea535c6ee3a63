package dev.sls.testkit.bench;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;

/**
 * One way through a login's second step, as the throughput benchmark's virtual users take it: a client of the
 * benchmark realm whose browser flow asks for it, and people set up for it. A further factor is one more
 * implementation, with its flow and client in {@code sls-bench-realm.json}, added to {@link LoginThroughput}'s list.
 */
interface LoginMode {

    /** Its name in the tables. */
    String name();

    /** The benchmark realm's client whose browser flow is password + this factor. */
    String clientId();

    /**
     * How many people one virtual user logs in as, in turn: 1 (always the same person) unless the factor caps what
     * one person may do in an hour below what a virtual user does (SMS codes per user).
     */
    default int accountsPerUser() {
        return 1;
    }

    /**
     * CPU seconds used so far by what this mode runs outside the driver's JVM (the local Twilio of SMS codes), so the
     * report can show it apart; 0 when nothing.
     */
    default double outsideCpuSeconds() {
        return 0;
    }

    /** A new user, fully set up for this mode: no required action left, so a login ends at the code redirect. */
    Person enrol(KeycloakServer server, AdminClient admin);

    /** A user with their device (phone, card, authenticator app), playing the person's part instantly. */
    interface Person {

        BenchRealm.Account account();

        /** Does the second step on the page after the password; returns the page that leads to. */
        Page secondStep(Page afterPassword);
    }
}
