package dev.sls.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;

/**
 * Keycloak's quick-login check of a realm, turned off for a try block and put back afterwards (the realm is shared by
 * every test class). The check locks a user whose two failures come within a second; a test that posts wrong answers
 * back to back turns it off so that only the failure count can lock, instead of sleeping a second between posts.
 */
public final class QuickLoginCheck implements AutoCloseable {

    private static final String SETTING = "quickLoginCheckMilliSeconds";

    private final AdminClient admin;
    private final String realm;
    private final long previous;

    private QuickLoginCheck(AdminClient admin, String realm, long previous) {
        this.admin = admin;
        this.realm = realm;
        this.previous = previous;
    }

    public static QuickLoginCheck off(AdminClient admin, String realm) {
        long previous = admin.get("/" + realm).path(SETTING).asLong();
        // Failures of one user are never 1 ms apart over HTTP, so a 1 ms window never triggers the check.
        save(admin, realm, 1);
        return new QuickLoginCheck(admin, realm, previous);
    }

    @Override
    public void close() {
        save(admin, realm, previous);
    }

    /** Saves the whole realm with one value changed, as the admin console does. */
    private static void save(AdminClient admin, String realm, long milliseconds) {
        ObjectNode settings = (ObjectNode) admin.get("/" + realm);
        settings.put(SETTING, milliseconds);
        admin.put("/" + realm, settings);
    }
}
