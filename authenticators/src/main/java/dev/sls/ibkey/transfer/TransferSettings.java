package dev.sls.ibkey.transfer;

import dev.sls.core.config.IntSetting;
import org.keycloak.models.RealmModel;

/** The realm's transfer setting, a realm attribute: how long an offer shown on the old phone stays usable. */
public final class TransferSettings {

    public static final IntSetting LIFETIME = new IntSetting("sls.ibkey.transfer.lifetime", "Transfer offer lifetime",
            "Seconds a transfer offer shown as a QR code on the old phone can be taken by a new phone", 5, 900, 300);

    private TransferSettings() {
    }

    public static int lifetimeSeconds(RealmModel realm) {
        return LIFETIME.read(realm.getAttributes());
    }
}
