package dev.sls.dscplus.activation;

import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.credential.CardSecrets;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.credential.SeedSeal;
import dev.sls.dscplus.credential.dto.DscPlusCredentialData;
import dev.sls.dscplus.inventory.CardAction;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.dscplus.inventory.CardState;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Binds a card of the inventory to the person activating it: finds the card by its serial, checks the response that
 * proves the person holds it, and makes it their active DSC+, retiring the card it replaces in the same transaction.
 * Other devices of the person stay as they are.
 */
final class CardBinding {

    private final DscPlusCredentialProvider provider;
    private final RealmModel realm;
    private final UserModel user;
    private final CardInventory inventory;

    CardBinding(DscPlusCredentialProvider provider, RealmModel realm, UserModel user) {
        this.provider = provider;
        this.realm = realm;
        this.user = user;
        this.inventory = provider.inventory();
    }

    /** The card with this serial the person may activate now: assigned to them, or (by policy) in stock. */
    Optional<CardEntity> find(String serial, boolean selfAssignment) {
        long now = Time.currentTimeMillis();
        List<CardEntity> cards = inventory.bySerial(realm.getId(), serial);
        return cards.stream().filter(card -> card.validAt(now) && card.getSealedSeed() != null)
                .filter(card -> (card.getState() == CardState.ASSIGNED && user.getId().equals(card.getUserId()))
                        || (selfAssignment && card.getState() == CardState.STOCK))
                .findFirst();
    }

    Optional<CardEntity> byId(String cardId) {
        return inventory.byId(realm.getId(), cardId).filter(card -> card.getState().issuable());
    }

    /** Whether {@code typed} is the card's response to {@code challenge} with {@code pin} (null for Local PINs). */
    boolean proves(SeedSeal seal, CardEntity card, String pin, String challenge, String typed) {
        OcraSuite suite = OcraSuite.parse(card.getSuite());
        byte[] seed = null;
        byte[] pinHash = null;
        try {
            seed = seal.open(card.getSealedSeed(), CardSecrets.seedContext(realm.getId(), card.getId()));
            pinHash = pin == null ? null : CardSecrets.pinHash(suite, pin);
            long counter = card.getCounter() == null ? 0 : card.getCounter();
            OptionalLong matched = CardSecrets.match(suite, seed, pinHash, counter, challenge, typed);
            if (matched.isPresent() && suite.usesCounter()) {
                card.setCounter(matched.getAsLong() + 1);
            }
            return matched.isPresent();
        } finally {
            CardSecrets.wipe(seed, pinHash);
        }
    }

    /** Makes {@code card} the person's active DSC+; the card it replaces is returned. */
    CredentialModel activate(SeedSeal seal, CardEntity card, String pin) {
        for (CardEntity previous : inventory.ofUser(realm.getId(), user.getId())) {
            if (!previous.getId().equals(card.getId()) && previous.getState() != CardState.ASSIGNED) {
                inventory.move(previous, CardState.RETURNED, CardAction.REPLACED, null, user.getUsername(),
                        "replaced by " + card.getSerial());
            }
        }
        OcraSuite suite = OcraSuite.parse(card.getSuite());
        String sealedPin = null;
        if (pin != null) {
            byte[] pinHash = CardSecrets.pinHash(suite, pin);
            sealedPin = seal.seal(pinHash, CardSecrets.pinContext(realm.getId(), card.getId()));
            CardSecrets.wipe(pinHash);
        }
        DscPlusCredentialModel credential = DscPlusCredentialModel.create(
                new DscPlusCredentialData(card.getSerial(), card.getId(), card.getSuite()), card.getSealedSeed(), sealedPin);
        CredentialModel stored = provider.replaceAll(realm, user, credential);
        card.setCredentialId(stored.getId());
        inventory.move(card, CardState.ACTIVE, CardAction.ACTIVATED, user.getId(), user.getUsername(), null);
        card.setSealedSeed(null);
        return stored;
    }
}
