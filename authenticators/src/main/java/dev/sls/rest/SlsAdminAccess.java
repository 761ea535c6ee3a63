package dev.sls.rest;

import jakarta.ws.rs.ForbiddenException;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.RoleUtils;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Who may use the SLS admin API of a realm, and with what proof.
 *
 * <p>Who: an admin who may manage its users (realm-management {@code manage-users}, through Keycloak's own
 * permission evaluator), or a user of that realm holding the realm role {@value #HELPDESK_ROLE}.
 *
 * <p>Proof: a person's token must come from a login that passed a second factor — its {@code acr}, read through the
 * issuing client's (else realm's) ACR-to-LoA map or taken as a number, at least the realm's
 * {@value #MINIMUM_LEVEL_ATTRIBUTE} (default {@value #DEFAULT_MINIMUM_LEVEL}, from {@value #LOWEST_MINIMUM_LEVEL} to
 * {@value #HIGHEST_MINIMUM_LEVEL}). A password alone gives level 1, so it never suffices. The other way in is a
 * service-account token (client credentials) of a client whose service account holds one of the roles above: no
 * person logs in there, the client's secret or key is the proof.
 */
public final class SlsAdminAccess {

    public static final String HELPDESK_ROLE = "sls-helpdesk";
    public static final String MINIMUM_LEVEL_ATTRIBUTE = "sls.admin.minimumLevel";
    public static final int DEFAULT_MINIMUM_LEVEL = 2;
    /** Level 1 is what a password alone gives: a minimum below 2 would let it in. */
    public static final int LOWEST_MINIMUM_LEVEL = 2;
    public static final int HIGHEST_MINIMUM_LEVEL = 4;

    private SlsAdminAccess() {
    }

    /** Whether the caller holds manage-users or the realm's helpdesk role (the proof is checked by {@link #require}). */
    public static boolean allowed(AdminPermissionEvaluator auth, RealmModel realm) {
        return allowed(auth, realm, HELPDESK_ROLE);
    }

    /** Whether the caller holds manage-users or the realm role {@code role} of the area called. */
    public static boolean allowed(AdminPermissionEvaluator auth, RealmModel realm, String role) {
        if (auth.users().canManage()) {
            return true;
        }
        return auth.adminAuth().getRealm().getId().equals(realm.getId()) && auth.adminAuth().hasRealmRole(role);
    }

    /** @throws ForbiddenException (HTTP 403 with an SLS error body) unless the caller may and proved enough */
    public static void require(AdminPermissionEvaluator auth, RealmModel realm) {
        require(auth, realm, HELPDESK_ROLE);
    }

    /**
     * As {@link #require(AdminPermissionEvaluator, RealmModel)} for an area that admits the realm role {@code role}
     * (its {@link SlsAdminEndpointFactory#role()}) instead of the helpdesk's.
     */
    public static void require(AdminPermissionEvaluator auth, RealmModel realm, String role) {
        if (!allowed(auth, realm, role)) {
            throw refused(HELPDESK_ROLE.equals(role) ? SlsAdminErrorCode.HELPDESK_ROLE_REQUIRED
                    : SlsAdminErrorCode.AREA_ROLE_REQUIRED, "manage-users or the " + role + " role is required");
        }
        AdminAuth admin = auth.adminAuth();
        if (serviceAccount(admin)) {
            return;
        }
        int minimum = minimumLevel(realm);
        int level = levelOf(admin);
        if (level < minimum) {
            throw refused(SlsAdminErrorCode.SECOND_FACTOR_REQUIRED, "This token proves level " + level
                    + "; the SLS admin API needs a login at level " + minimum + " or more (a second factor: log in"
                    + " with a device), or a service-account token of a client granted the role.");
        }
    }

    /**
     * Whether the caller may act on {@code target}: never on their own account; on a person holding an admin role
     * (a realm-management role; in master also {@code admin}, {@code create-realm} and the realms' admin clients)
     * or the helpdesk role only with manage-users.
     *
     * @throws ApiException {@code own_account} or {@code manage_users_required} (HTTP 403)
     */
    public static void requireMayActOn(AdminPermissionEvaluator auth, RealmModel realm, UserModel target) {
        UserModel caller = auth.adminAuth().getUser();
        if (caller != null && caller.getId().equals(target.getId())) {
            throw new ApiException(SlsAdminErrorCode.OWN_ACCOUNT, "The helpdesk never acts on its own account.");
        }
        if (privileged(realm, target) && !auth.users().canManage(target)) {
            throw new ApiException(SlsAdminErrorCode.MANAGE_USERS_REQUIRED, "This person holds an admin or the "
                    + HELPDESK_ROLE + " role: acting on them needs manage-users.");
        }
    }

    private static boolean privileged(RealmModel realm, UserModel user) {
        boolean master = Config.getAdminRealm().equals(realm.getName());
        for (RoleModel role : RoleUtils.getDeepUserRoleMappings(user)) {
            if (role.isClientRole() && role.getContainer() instanceof ClientModel client) {
                String clientId = client.getClientId();
                if (Constants.REALM_MANAGEMENT_CLIENT_ID.equals(clientId)
                        || (master && clientId.endsWith(AdminRoles.APP_SUFFIX))) {
                    return true;
                }
            } else if (HELPDESK_ROLE.equals(role.getName())
                    || (master && (AdminRoles.ADMIN.equals(role.getName())
                    || AdminRoles.CREATE_REALM.equals(role.getName())))) {
                return true;
            }
        }
        return false;
    }

    /** A client-credentials token: its user is the service account of the very client it was issued to. */
    static boolean serviceAccount(AdminAuth admin) {
        UserModel user = admin.getUser();
        return user != null && admin.getClient() != null && user.getServiceAccountClientLink() != null
                && user.getServiceAccountClientLink().equals(admin.getClient().getId());
    }

    /** The level the token's {@code acr} stands for; 0 when it has none or one no map knows. */
    static int levelOf(AdminAuth admin) {
        String acr = admin.getToken().getAcr();
        if (acr == null || acr.isBlank()) {
            return 0;
        }
        Map<String, Integer> map = admin.getClient() != null ? AcrUtils.getAcrLoaMap(admin.getClient())
                : AcrUtils.getAcrLoaMap(admin.getRealm());
        Integer mapped = map.get(acr);
        if (mapped != null) {
            return mapped;
        }
        return numericLevel(acr);
    }

    /**
     * The realm's {@value #MINIMUM_LEVEL_ATTRIBUTE}: unset means {@value #DEFAULT_MINIMUM_LEVEL}; a value that is
     * not a level from {@value #LOWEST_MINIMUM_LEVEL} to {@value #HIGHEST_MINIMUM_LEVEL} fails closed to the highest.
     */
    public static int minimumLevel(RealmModel realm) {
        String configured = realm.getAttribute(MINIMUM_LEVEL_ATTRIBUTE);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MINIMUM_LEVEL;
        }
        int level = numericLevel(configured.trim());
        return level >= LOWEST_MINIMUM_LEVEL && level <= HIGHEST_MINIMUM_LEVEL ? level : HIGHEST_MINIMUM_LEVEL;
    }

    private static int numericLevel(String value) {
        if (value.length() > 3) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ForbiddenException refused(SlsAdminErrorCode code, String message) {
        return new ForbiddenException(JsonResponses.error(code, message));
    }
}
