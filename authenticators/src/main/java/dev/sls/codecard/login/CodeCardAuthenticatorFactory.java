package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.core.factory.DeviceAuthenticatorFactory;
import dev.sls.recovery.RecoveryChallenge;
import dev.sls.recovery.RecoveryDevice;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

public final class CodeCardAuthenticatorFactory extends DeviceAuthenticatorFactory implements RecoveryDevice {

    private static final RecoveryDevice RECOVERY = new CodeCardRecovery();

    public static final String PROVIDER_ID = "sls-code-card-authenticator";

    public CodeCardAuthenticatorFactory() {
        super(PROVIDER_ID, CodeCardCredentialProvider.DEVICE, "SLS Security Code Card",
                "Asks for the codes printed at random index numbers of the user's Security Code Card ("
                        + CodeCardCredentialModel.TYPE + ").",
                new CodeCardAuthenticator(), CodeCardLoginConfig.PROPERTIES);
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
