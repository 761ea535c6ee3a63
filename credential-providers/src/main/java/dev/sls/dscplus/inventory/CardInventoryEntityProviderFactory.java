package dev.sls.dscplus.inventory;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Puts the card tables into Keycloak's own database through its JPA entity SPI; the Liquibase changelog creates
 * them on every database Keycloak supports. A removed realm takes its cards along; a removed user's cards are
 * blocked (the person may still have them).
 */
public final class CardInventoryEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String ID = "sls-dscplus-inventory";
    static final String CHANGELOG = "META-INF/sls-dscplus-inventory-changelog.xml";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(CardEntity.class, CardEventEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return ID;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
        // no settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new CardInventory(removed.getKeycloakSession()).deleteRealm(removed.getRealm().getId());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                CardInventory inventory = new CardInventory(removed.getKeycloakSession());
                String realmId = removed.getRealm().getId();
                inventory.ofUser(realmId, removed.getUser().getId()).forEach(card -> inventory.move(card,
                        CardState.BLOCKED, CardAction.USER_REMOVED, null, "keycloak", "the user was deleted"));
            }
        });
    }

    @Override
    public void close() {
        // nothing held
    }
}
