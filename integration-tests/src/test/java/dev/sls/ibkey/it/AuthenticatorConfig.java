package dev.sls.ibkey.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import java.util.Map;

/** Changes the demo realm's IB Key login config for the duration of a try block (through the admin API). */
final class AuthenticatorConfig implements AutoCloseable {

    private final AdminClient admin;
    private final String path;
    private final ObjectNode previous;

    private AuthenticatorConfig(AdminClient admin, String path, ObjectNode previous) {
        this.admin = admin;
        this.path = path;
        this.previous = previous;
    }

    static AuthenticatorConfig ibKeyLogin(AdminClient admin, Map<String, String> changes) {
        String path = admin.authenticatorConfigPath(IbKeySteps.REALM, "sls browser", "sls-ib-key-authenticator");
        ObjectNode config = (ObjectNode) admin.get(path);
        ObjectNode previous = config.deepCopy();
        changes.forEach(((ObjectNode) config.get("config"))::put);
        admin.put(path, config);
        return new AuthenticatorConfig(admin, path, previous);
    }

    @Override
    public void close() {
        admin.put(path, previous);
    }
}
