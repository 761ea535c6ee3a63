package dev.sls.credential.ibkey;

import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public final class IbKeyCredentialProviderFactory implements CredentialProviderFactory<IbKeyCredentialProvider> {

    public static final String PROVIDER_ID = IbKeyCredentialModel.TYPE;

    @Override
    public CredentialProvider create(KeycloakSession session) {
        return new IbKeyCredentialProvider(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
