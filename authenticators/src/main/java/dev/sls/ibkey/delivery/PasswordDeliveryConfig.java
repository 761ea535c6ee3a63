package dev.sls.ibkey.delivery;

import dev.sls.core.config.IntSetting;
import org.keycloak.models.RealmModel;

/** The realm's setting for passwords delivered to the app (a realm attribute). */
public final class PasswordDeliveryConfig {

    public static final IntSetting LIFETIME = new IntSetting("sls.ibkey.password-delivery-lifetime",
            "Delivered password lifetime (seconds)", "How long a temporary password sealed to the person's IB Key"
                    + " app waits to be fetched; after that it can no longer be fetched and Client Services sends a"
                    + " new one.", 10, 24 * 3600, 30 * 60);

    private PasswordDeliveryConfig() {
    }

    /** Seconds a delivery waits; a bad realm value is logged and the default used. */
    public static int lifetimeSeconds(RealmModel realm) {
        return LIFETIME.read(realm.getAttributes());
    }
}
