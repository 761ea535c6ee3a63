package dev.sls.settings;

import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * What a capability says about the state of one of a person's devices on the settings page, when it is not simply
 * {@value DeviceRow#ACTIVE} (e.g. sharing: {@value DeviceRow#SUSPENDED_SHARED} for a device suspended while the person
 * uses another user's shared device). Registered as a provider of the SPI {@value DeviceStateRuleSpi#NAME}; the first
 * rule with an answer wins.
 */
public interface DeviceStateRule extends Provider {

    /** The device's state, one of {@link DeviceRow#STATES}, or empty when this rule has nothing to say. */
    Optional<String> stateOf(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel device);

    @Override
    default void close() {
        // rules hold nothing per session
    }
}
