package dev.sls.dscplus.login;

import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.recovery.RecoveryChallenge;
import dev.sls.recovery.RecoveryDevice;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

public final class DscPlusAuthenticatorFactory extends DeviceAuthenticatorFactory implements RecoveryDevice {

    private static final RecoveryDevice RECOVERY = new DscPlusRecovery();

    public static final String PROVIDER_ID = "sls-dscplus-authenticator";

    public DscPlusAuthenticatorFactory() {
        super(PROVIDER_ID, DscPlusCredentialProvider.DEVICE, "SLS DSC+ card",
                "Shows a 6-digit challenge; the person types the response their DSC+ card computes ("
                        + DscPlusCredentialModel.TYPE + ").",
                new DscPlusAuthenticator(), DscPlusLoginConfig.PROPERTIES);
    }

    /** The device proves a phone recovery instead of an SMS (F6). */
    @Override
    public String credentialType() {
        return RECOVERY.credentialType();
    }

    @Override
    public Optional<RecoveryChallenge> challenge(KeycloakSession session, RealmModel realm, UserModel user) {
        return RECOVERY.challenge(session, realm, user);
    }

    @Override
    public boolean verify(KeycloakSession session, RealmModel realm, UserModel user, RecoveryChallenge challenge,
                          String typed) {
        return RECOVERY.verify(session, realm, user, challenge, typed);
    }
}
