package dev.sls.ibkey.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;

/** Changes one required-action setting of the demo realm for the duration of a try block. */
final class RequiredActionConfig implements AutoCloseable {

    private final AdminClient admin;
    private final String path;
    private final ObjectNode previous;

    private RequiredActionConfig(AdminClient admin, String path, ObjectNode previous) {
        this.admin = admin;
        this.path = path;
        this.previous = previous;
    }

    static RequiredActionConfig set(AdminClient admin, String alias, String key, String value) {
        String path = "/" + IbKeySteps.REALM + "/authentication/required-actions/" + alias + "/config";
        ObjectNode previous = AdminClient.object();
        var current = admin.send("GET", path, null);
        if (current.status() == 200 && current.json().has("config")) {
            previous.setAll((ObjectNode) current.json().get("config"));
        }
        ObjectNode changed = previous.deepCopy();
        changed.put(key, value);
        ObjectNode body = AdminClient.object();
        body.set("config", changed);
        admin.put(path, body);
        return new RequiredActionConfig(admin, path, previous);
    }

    @Override
    public void close() {
        ObjectNode body = AdminClient.object();
        body.set("config", previous);
        admin.put(path, body);
    }
}
