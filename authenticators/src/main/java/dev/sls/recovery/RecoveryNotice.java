package dev.sls.recovery;

import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.send.SendOutcome;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * After a recovery, a text message to the number recorded at activation (NIST SP 800-63B-4 §4.1: every binding is told
 * on another channel; the email goes out with the binding). A failed send is logged and never undoes the recovery.
 */
public final class RecoveryNotice {

    static final String TEXT_KEY = "slsRecoverySmsNotice";
    static final String FALLBACK = "{0}: IB Key was recovered on a phone for your account. If this was not you, contact"
            + " Client Services (Secure Login department) at once.";
    private static final Logger LOG = Logger.getLogger(RecoveryNotice.class);

    private RecoveryNotice() {
    }

    public static void sms(KeycloakSession session, RealmModel realm, UserModel user, String e164) {
        String userId = user.getId();
        new MobileNumbers(session, realm).sendNotice(user, e164, TEXT_KEY, FALLBACK).thenAccept(outcome -> {
            if (outcome != SendOutcome.SENT) {
                LOG.warnf("The recovery notice to user %s could not be sent by SMS: %s", userId, outcome);
            }
        });
    }
}
