package dev.sls.sharing;

import org.keycloak.models.RealmModel;

/** The realm's settings of device sharing (realm attributes). */
public final class SharingSettings {

    /** Realm attribute: {@code true} when a compliance officer approves each share (default: approved at once). */
    public static final String COMPLIANCE_APPROVAL = "sls.sharing.compliance-approval";
    /** The realm role whose holders approve or reject pending shares in the admin API. */
    public static final String COMPLIANCE_ROLE = "sls-compliance";

    private SharingSettings() {
    }

    public static boolean needsApproval(RealmModel realm) {
        return Boolean.parseBoolean(realm.getAttribute(COMPLIANCE_APPROVAL));
    }
}
