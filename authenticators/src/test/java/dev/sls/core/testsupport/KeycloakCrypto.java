package dev.sls.core.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.keycloak.common.crypto.CryptoIntegration;

/**
 * Keycloak initialises its crypto provider at start-up; unit tests of code that uses Keycloak's JOSE and PEM support
 * get the same through this extension, registered for every test by JUnit's extension auto-detection.
 */
public final class KeycloakCrypto implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        CryptoIntegration.init(KeycloakCrypto.class.getClassLoader());
    }
}
