package dev.sls.binding;

import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * What an account's past says about binding: whether it has or ever had a device, and whether Client Services reset its
 * enrolment. Both are user attributes the realm's user profile does not declare, so with unmanaged attributes off
 * (the default) neither the person nor a token ever sees them.
 */
public final class BindingHistory {

    /** Epoch seconds of the account's last device binding. */
    public static final String BOUND_AT = "slsDeviceBoundAt";
    /** {@code <epoch seconds>|<actor>}: a recorded reset allowing one first enrolment. */
    public static final String RESET = "slsEnrolmentReset";
    private static final String TEMPORARY_ACCESS = "sls-temporary-access";

    private BindingHistory() {
    }

    /** The account holds a second factor now (temporary access aside) or has recorded a binding before. */
    public static boolean hasOrHadDevice(UserModel user) {
        return user.getFirstAttribute(BOUND_AT) != null || user.credentialManager().getStoredCredentialsStream()
                .map(CredentialModel::getType).anyMatch(BindingHistory::isSecondFactor);
    }

    public static boolean isSecondFactor(String type) {
        return type != null && !PasswordCredentialModel.TYPE.equals(type) && !TEMPORARY_ACCESS.equals(type);
    }

    /** The reset recorded and not used yet, as {@code <epoch seconds>|<actor>}. */
    public static Optional<String> pendingReset(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(RESET)).filter(value -> !value.isBlank());
    }

    public static void recordReset(UserModel user, String actor) {
        user.setSingleAttribute(RESET, Time.currentTime() + "|" + actor);
    }

    static void recordBound(UserModel user, long now) {
        user.setSingleAttribute(BOUND_AT, String.valueOf(now));
        user.removeAttribute(RESET);
    }
}
