package dev.sls.dscplus.inventory;

import dev.sls.core.jpa.SlsEntityProviderFactory;
import java.util.List;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Puts the card tables into Keycloak's own database through its JPA entity SPI; the Liquibase changelog creates
 * them on every database Keycloak supports. A removed realm takes its cards along; a removed user's cards are
 * blocked (the person may still have them).
 */
public final class CardInventoryEntityProviderFactory extends SlsEntityProviderFactory {

    public static final String ID = "sls-dscplus-inventory";
    static final String CHANGELOG = "META-INF/sls-dscplus-inventory-changelog.xml";

    public CardInventoryEntityProviderFactory() {
        super(ID, CHANGELOG, List.of(CardEntity.class, CardEventEntity.class));
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
}
