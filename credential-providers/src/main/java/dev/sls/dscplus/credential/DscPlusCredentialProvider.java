package dev.sls.dscplus.credential;

import dev.sls.core.credential.ChallengeResponseInput;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardInventory;
import dev.sls.dscplus.inventory.CardState;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;
import org.keycloak.credential.CredentialInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Stores activated DSC+ cards and checks their responses. A response counts only while the card is active in the
 * inventory for this very credential, so blocking a lost card takes effect at once.
 */
public final class DscPlusCredentialProvider extends SlsCredentialProvider<DscPlusCredentialModel> {

    /** Id of the required action that activates a card (also the account console's "set up" action). */
    public static final String ACTIVATE_ACTION = "sls-dscplus-activate";
    /** The seeds' highest security level. */
    public static final DeviceType DEVICE = new DeviceType(DscPlusCredentialModel.TYPE, "DSC+", ACTIVATE_ACTION, 4);
    private static final Logger LOG = Logger.getLogger(DscPlusCredentialProvider.class);

    private final SeedKeys keys;

    DscPlusCredentialProvider(KeycloakSession session, SeedKeys keys) {
        super(session, DEVICE, DscPlusCredentialModel::createFromCredentialModel);
        this.keys = keys;
    }

    /** The server's seed key, if configured. */
    public Optional<SeedSeal> seal() {
        return keys.seal();
    }

    public CardInventory inventory() {
        return new CardInventory(session);
    }

    /** The inventory card of an activated credential, if it is still active for it. */
    public Optional<CardEntity> activeCard(RealmModel realm, DscPlusCredentialModel credential) {
        return inventory().byId(realm.getId(), credential.data().getCardId())
                .filter(card -> card.getState() == CardState.ACTIVE && credential.getId().equals(card.getCredentialId()));
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        Optional<ChallengeResponseInput> typedInput = ChallengeResponseInput.of(input, getType());
        if (typedInput.isEmpty()) {
            return false;
        }
        ChallengeResponseInput response = typedInput.get();
        Optional<DscPlusCredentialModel> credential = active(user).filter(c -> c.getId().equals(input.getCredentialId()));
        Optional<CardEntity> card = credential.flatMap(c -> activeCard(realm, c));
        if (card.isEmpty() || keys.seal().isEmpty()) {
            return false;
        }
        SeedSeal seal = keys.seal().get();
        OcraSuite suite = credential.get().suite();
        byte[] seed = null;
        byte[] pinHash = null;
        try {
            seed = seal.open(credential.get().secret().getSeed(), CardSecrets.seedContext(realm.getId(), card.get().getId()));
            pinHash = credential.get().secret().getPinHash() == null ? null
                    : seal.open(credential.get().secret().getPinHash(), CardSecrets.pinContext(realm.getId(), card.get().getId()));
            long counter = card.get().getCounter() == null ? 0 : card.get().getCounter();
            OptionalLong matched = CardSecrets.match(suite, seed, pinHash, counter, response.getChallenge(),
                    response.getChallengeResponse());
            if (matched.isEmpty()) {
                return false;
            }
            return !suite.usesCounter() || inventory().advanceCounter(card.get().getId(), counter, matched.getAsLong() + 1);
        } catch (IllegalArgumentException e) {
            LOG.warnf("DSC+ card %s of user %s cannot be checked: %s", card.get().getSerial(), user.getId(), e.getMessage());
            return false;
        } finally {
            CardSecrets.wipe(seed, pinHash);
        }
    }
}
