package dev.sls.sharing;

import dev.sls.binding.AccountNotice;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Both users of a share are told on another channel when it is requested, decided or ended (NIST SP 800-63B-4
 * §4.1: a device bound to another username is a binding). The owner learns which username (masked) uses the device.
 */
public final class ShareNotices {

    private ShareNotices() {
    }

    static void tell(KeycloakSession session, RealmModel realm, UserModel requester, UserModel owner, Share share) {
        tell(session, realm, requester, owner, share.state().wireName(), share.deviceType());
    }

    public static void tell(KeycloakSession session, RealmModel realm, UserModel requester, UserModel owner, String state,
                     String deviceType) {
        AccountNotice.MessageKey device = new AccountNotice.MessageKey(deviceType + "-display-name");
        AccountNotice.MessageKey stateText = new AccountNotice.MessageKey("slsShareState-" + state);
        AccountNotice.send(session, realm, requester, "slsShareNoticeSubject", "slsShareNoticeRequesterBody",
                device, SharedDevices.masked(owner == null ? null : owner.getUsername()), stateText);
        if (owner != null) {
            AccountNotice.send(session, realm, owner, "slsShareNoticeSubject", "slsShareNoticeOwnerBody",
                    device, SharedDevices.masked(requester.getUsername()), stateText);
        }
    }
}
