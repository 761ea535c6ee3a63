package dev.sls.ibkey.login;

import dev.sls.core.login.LoginMessages;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.push.PushChallenge;
import dev.sls.ibkey.push.sender.PushNotification;
import dev.sls.ibkey.push.sender.PushSender;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Hands the notification to the realm's push sender without waiting for the gateway: the sender answers with a
 * future, and a failure is only logged (the page offers challenge/response either way).
 */
public final class PushDelivery {

    private static final Logger LOG = Logger.getLogger(PushDelivery.class);

    private PushDelivery() {
    }

    static void send(AuthenticationFlowContext context, IbKeyDevice device, PushChallenge challenge,
                     IbKeyLoginConfig config, LoginMessages messages) {
        send(context.getSession(), context.getRealm(), device, challenge, config, messages);
    }

    /** The same without a login flow (a request asked through CIBA). */
    public static void send(KeycloakSession session, RealmModel realm, IbKeyDevice device, PushChallenge challenge,
                            IbKeyLoginConfig config, LoginMessages messages) {
        PushSender sender = session.getProvider(PushSender.class, config.pushSender());
        if (sender == null) {
            LOG.warnf("Push sender '%s' configured in realm %s does not exist; the phone must poll",
                    config.pushSender(), realm.getName());
            return;
        }
        PushTexts texts = PushTexts.of(challenge.request(), messages);
        PushNotification notification = new PushNotification(realm.getName(), challenge.id(),
                device.key().data().getDeviceId(), device.key().data().getPushToken(), texts.title(), texts.body(),
                Map.of(), challenge.shown(realm.getName(), device.user().getUsername()));
        sender.send(notification, config.senderSettings()).whenComplete((result, error) -> {
            if (error != null) {
                LOG.warnf("Push to %s failed: %s", notification, error.toString());
            } else if (!result.delivered()) {
                LOG.debugf("Push to %s not delivered: %s", notification, result);
            }
        });
    }
}
