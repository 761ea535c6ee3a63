package dev.sls.credential.codecard;

import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public final class CodeCardCredentialProviderFactory implements CredentialProviderFactory<CodeCardCredentialProvider> {

    public static final String PROVIDER_ID = CodeCardCredentialModel.TYPE;

    @Override
    public CredentialProvider create(KeycloakSession session) {
        return new CodeCardCredentialProvider(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
