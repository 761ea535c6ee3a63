package dev.sls.wait;

import dev.sls.core.api.SlsPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        return serverUrl(session) + "/realms/" + encode(realm.getName()) + "/" + SlsPaths.area(WaitEndpointFactory.AREA)
                + "/" + watchId;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
