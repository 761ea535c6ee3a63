package dev.sls.mobile.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sls.testkit.AdminClient;
import java.util.Map;

/** Changes the demo realm's phone settings (the "Verify mobile number" action's config) for a try block. */
public final class PhoneConfig implements AutoCloseable {

    private final AdminClient admin;
    private final String path;
    private final ObjectNode previous;

    private PhoneConfig(AdminClient admin, String path, ObjectNode previous) {
        this.admin = admin;
        this.path = path;
        this.previous = previous;
    }

    public static PhoneConfig set(AdminClient admin, Map<String, String> changes) {
        String path = "/" + PhoneSteps.REALM + "/authentication/required-actions/" + PhoneSteps.ACTION + "/config";
        ObjectNode previous = (ObjectNode) ((ObjectNode) admin.get(path).get("config")).deepCopy();
        ObjectNode changed = previous.deepCopy();
        changes.forEach(changed::put);
        ObjectNode body = AdminClient.object();
        body.set("config", changed);
        admin.put(path, body);
        return new PhoneConfig(admin, path, previous);
    }

    /** Saves a config as an admin would; returns the admin API's answer (400 for a refused one). */
    public static AdminClient.Response trySave(AdminClient admin, Map<String, String> changes) {
        String path = "/" + PhoneSteps.REALM + "/authentication/required-actions/" + PhoneSteps.ACTION + "/config";
        ObjectNode changed = ((ObjectNode) admin.get(path).get("config")).deepCopy();
        changes.forEach(changed::put);
        ObjectNode body = AdminClient.object();
        body.set("config", changed);
        return admin.send("PUT", path, body);
    }

    @Override
    public void close() {
        ObjectNode body = AdminClient.object();
        body.set("config", previous);
        admin.put(path, body);
    }
}
