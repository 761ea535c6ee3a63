package dev.sls.ibkey.login;

import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.IbKeyCredentialProvider;
import dev.sls.sharing.SharableDevice;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * IB Key in device sharing: never shared through the procedure (seeds: users are added in the app, "Authenticate →
 * Add user"); the procedure only needs to know the owner holds one, to say so.
 */
final class InAppSharingIbKey implements SharableDevice {

    @Override
    public String credentialType() {
        return IbKeyCredentialModel.TYPE;
    }

    @Override
    public boolean addsUsersInApp() {
        return true;
    }

    @Override
    public Optional<CredentialModel> usable(KeycloakSession session, RealmModel realm, UserModel holder) {
        return ((IbKeyCredentialProvider) session.getProvider(CredentialProvider.class, IbKeyCredentialModel.TYPE))
                .active(holder).map(CredentialModel.class::cast);
    }

    /** Never asked: the procedure stops at {@link #addsUsersInApp()}. */
    @Override
    public Challenge challenge(KeycloakSession session, RealmModel realm, CredentialModel device) {
        throw new IllegalStateException("IB Key is not shared through the procedure: users are added in the app");
    }

    @Override
    public boolean verify(KeycloakSession session, RealmModel realm, UserModel holder, CredentialModel device,
                          String stored, MultivaluedMap<String, String> form) {
        return false;
    }
}
