package dev.sls.dscplus.admin;

import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.inventory.CardAction;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.dscplus.inventory.CardState;
import dev.sls.rest.ApiException;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** What the helpdesk does with a card: give it to a person, block it when lost, take it back. */
final class CardLifecycle {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CardInventory inventory;
    private final String actor;

    CardLifecycle(KeycloakSession session, RealmModel realm, String actor) {
        this.session = session;
        this.realm = realm;
        this.inventory = new CardInventory(session);
        this.actor = actor;
    }

    CardEntity card(String id) {
        return inventory.byId(realm.getId(), id)
                .orElseThrow(() -> new ApiException(DscPlusAdminErrorCode.CARD_NOT_FOUND, "No such card."));
    }

    /** Assigns a card in stock; the person is asked to activate it at the next login. */
    CardEntity assign(CardEntity card, UserModel user) {
        if (card.getState() != CardState.STOCK) {
            throw new ApiException(DscPlusAdminErrorCode.CARD_STATE, "Only a card in stock can be assigned; this one"
                    + " is " + card.getState().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (!card.validAt(Time.currentTimeMillis())) {
            throw new ApiException(DscPlusAdminErrorCode.CARD_EXPIRED, "The card is outside its validity period.");
        }
        inventory.move(card, CardState.ASSIGNED, CardAction.ASSIGNED, user.getId(), actor, null);
        user.addRequiredAction(DscPlusCredentialProvider.ACTIVATE_ACTION);
        return card;
    }

    /** Blocks a lost card: its responses are refused from now on; the person keeps the DSC+ step, which says so. */
    CardEntity block(CardEntity card, String reason) {
        if (card.getState() == CardState.BLOCKED || card.getState() == CardState.RETURNED) {
            throw new ApiException(DscPlusAdminErrorCode.CARD_STATE, "The card is already "
                    + card.getState().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        String holder = card.getUserId();
        inventory.move(card, CardState.BLOCKED, CardAction.BLOCKED, holder, actor, reason);
        dropActivationIfNothingLeft(holder);
        return card;
    }

    /** Takes a card back for good (returned, or retired from stock); an active card stops working. */
    CardEntity takeBack(CardEntity card, String reason) {
        if (card.getState() == CardState.RETURNED) {
            throw new ApiException(DscPlusAdminErrorCode.CARD_STATE, "The card is already returned.");
        }
        String holder = card.getUserId();
        UserModel user = holder == null ? null : session.users().getUserById(realm, holder);
        if (user != null && card.getCredentialId() != null) {
            user.credentialManager().removeStoredCredentialById(card.getCredentialId());
        }
        inventory.move(card, CardState.RETURNED, CardAction.RETURNED, null, actor, reason);
        dropActivationIfNothingLeft(holder);
        return card;
    }

    private void dropActivationIfNothingLeft(String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user != null && inventory.ofUser(realm.getId(), userId).stream()
                .noneMatch(c -> c.getState() == CardState.ASSIGNED)) {
            user.removeRequiredAction(DscPlusCredentialProvider.ACTIVATE_ACTION);
        }
    }
}
