package dev.sls.mobile.device;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A second-factor device that needs nothing but a verified mobile number (codes by SMS or voice). Its credential
 * provider implements this, so that verifying a number can enrol the person without the phone package knowing the
 * device: the seeds' "if your user does not have an active SLS device, it will be automatically enrolled in SMS".
 */
public interface NumberDevice {

    /** Id of the required action "Verify mobile number", which sets such a device up. */
    String VERIFY_ACTION = "sls-phone-verify";

    /** Whether the user already has this device. */
    boolean isEnrolled(UserModel user);

    /**
     * Gives the user this device, unless they have it already; returns whether a credential was created.
     *
     * @param chosen the person asked for it (rather than getting it because they had no device)
     */
    boolean enrol(RealmModel realm, UserModel user, boolean chosen);
}
