package dev.sls.rest;

import jakarta.ws.rs.ForbiddenException;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Who may use the SLS admin API of a realm: an admin who may manage its users (realm-management
 * {@code manage-users}, through Keycloak's own permission evaluator), or a user of that realm holding the realm role
 * {@value #HELPDESK_ROLE}.
 */
public final class SlsAdminAccess {

    public static final String HELPDESK_ROLE = "sls-helpdesk";

    private SlsAdminAccess() {
    }

    public static boolean allowed(AdminPermissionEvaluator auth, RealmModel realm) {
        if (auth.users().canManage()) {
            return true;
        }
        return auth.adminAuth().getRealm().getId().equals(realm.getId())
                && auth.adminAuth().hasRealmRole(HELPDESK_ROLE);
    }

    /** @throws ForbiddenException (HTTP 403) unless {@link #allowed} */
    public static void require(AdminPermissionEvaluator auth, RealmModel realm) {
        if (!allowed(auth, realm)) {
            throw new ForbiddenException("manage-users or the " + HELPDESK_ROLE + " role is required");
        }
    }
}
