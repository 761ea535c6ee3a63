package dev.sls.core.factory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What every SLS required-action factory says alike: a stateless action, its typed settings (plus Keycloak's
 * maximum-authentication-age setting), and a check run when an admin saves them.
 */
public abstract class SlsRequiredActionFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider action;
    private final List<ProviderConfigProperty> properties;
    private final BiConsumer<String, RequiredActionConfigModel> validator;

    /**
     * @param validator throws Keycloak's {@code ValidationException} naming a bad setting; called with this action's id
     */
    protected SlsRequiredActionFactory(String id, String displayText, RequiredActionProvider action,
                                       List<ProviderConfigProperty> properties,
                                       BiConsumer<String, RequiredActionConfigModel> validator) {
        this.id = id;
        this.displayText = displayText;
        this.action = action;
        List<ProviderConfigProperty> all = new ArrayList<>(properties);
        all.addAll(MAX_AUTH_AGE_CONFIG_PROPERTIES);
        this.properties = List.copyOf(all);
        this.validator = validator;
    }

    @Override
    public final RequiredActionProvider create(KeycloakSession session) {
        return action;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayText() {
        return displayText;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigMetadata() {
        return properties;
    }

    @Override
    public final void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        RequiredActionFactory.super.validateConfig(session, realm, model);
        validator.accept(id, model);
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // nothing held
    }
}
