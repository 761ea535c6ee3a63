package dev.sls.binding;

import dev.sls.core.config.BoundedInt;
import dev.sls.core.login.LocalFormats;
import java.time.Duration;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The realm's setting for device proofs: realm attribute {@value #MAX_AGE} (seconds, default 300, 0 to 86400) is how
 * long a device proven earlier in a single-sign-on session still counts for removing a device or binding another; a
 * device proven in the same login always counts.
 */
public final class BindingSettings {

    public static final String MAX_AGE = "sls.device-proof.max-age";
    static final int DEFAULT_MAX_AGE = 300;
    static final int MAX_MAX_AGE = 86_400;

    private BindingSettings() {
    }

    public static int maxAgeSeconds(RealmModel realm) {
        Integer parsed = BoundedInt.parse(realm.getAttribute(MAX_AGE), 0, MAX_MAX_AGE);
        return parsed == null ? DEFAULT_MAX_AGE : parsed;
    }

    /** The max age in the person's words ("5 minutes", "5分"), for the pages that ask for a fresher device login. */
    public static String maxAgeInWords(KeycloakSession session, RealmModel realm, UserModel user) {
        return LocalFormats.of(session, realm, user).lifetime(Duration.ofSeconds(maxAgeSeconds(realm)));
    }
}
