package dev.sls.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Who may change an account's security settings. An account is a Keycloak Organization; its primary user holds the
 * realm role named by the realm attribute {@value #ROLE_ATTRIBUTE} (default {@value #DEFAULT_ROLE}), directly, through
 * a group or a composite role. A person without it is pointed to the users of their account(s) who hold it: their
 * usernames, nothing more.
 */
public final class AccountRights {

    public static final String ROLE_ATTRIBUTE = "sls.settings.role";
    public static final String DEFAULT_ROLE = "sls-security-settings";
    /** Enough names for a notice; an account with more primary users is not what the notice is for. */
    static final int MAX_NAMED = 5;
    private static final int MAX_MEMBERS_READ = 500;

    private AccountRights() {
    }

    public static String roleName(RealmModel realm) {
        String configured = realm.getAttribute(ROLE_ATTRIBUTE);
        return configured == null || configured.isBlank() ? DEFAULT_ROLE : configured.trim();
    }

    /** Whether {@code user} holds the right to change security settings. */
    public static boolean maySetSecurity(RealmModel realm, UserModel user) {
        RoleModel role = realm.getRole(roleName(realm));
        return role != null && user != null && user.hasRole(role);
    }

    /**
     * The usernames of the enabled users who hold the right in the accounts (organizations) {@code user} belongs to,
     * {@code user} aside, sorted; empty when the realm has no organizations or the person is in none.
     */
    public static List<String> holders(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!realm.isOrganizationsEnabled()) {
            return List.of();
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        RoleModel role = realm.getRole(roleName(realm));
        if (organizations == null || role == null) {
            return List.of();
        }
        return organizations.getByMember(user)
                .flatMap(account -> organizations.getMembersStream(account, Map.<String, String>of(), null, 0,
                        MAX_MEMBERS_READ))
                .filter(Objects::nonNull)
                .filter(member -> !member.getId().equals(user.getId()) && member.isEnabled()
                        && member.hasRole(role))
                .map(UserModel::getUsername).distinct().sorted().limit(MAX_NAMED).toList();
    }
}
