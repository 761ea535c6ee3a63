package dev.sls.wait;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Where a page's script long-polls for its watch, and the server URL a phone is told to call. */
public final class WaitUrls {

    private WaitUrls() {
    }

    public static String serverUrl(KeycloakSession session) {
        String base = session.getContext().getUri().getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static String waitUrl(KeycloakSession session, RealmModel realm, String watchId) {
        return serverUrl(session) + "/realms/" + encode(realm.getName()) + "/sls/wait/" + watchId;
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
