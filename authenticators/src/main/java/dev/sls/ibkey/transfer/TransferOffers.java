package dev.sls.ibkey.transfer;

import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Transfer offers in the cluster-wide single-use store, with the realm's lifetime as their lifespan. One live offer per
 * phone and user: a new offer voids the one shown before. Taking an offer removes it atomically, so of two phones
 * presenting one offer exactly one wins; markers kept for a day tell a used offer from an expired one.
 */
final class TransferOffers {

    private static final String LIVE = "sls.ibkey.transfer.";
    private static final String ISSUED = "sls.ibkey.transfer-issued.";
    private static final String USED = "sls.ibkey.transfer-used.";
    private static final String CURRENT = "sls.ibkey.transfer-of.";
    private static final long MARKER_SECONDS = 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    TransferOffers(KeycloakSession session) {
        this.session = session;
    }

    /** What an offer stands for: the user, the key that offered it, and when (epoch seconds). */
    record Offer(String realmId, String userId, String credentialId, long offeredAt) {

        static Offer of(Map<String, String> notes) {
            return new Offer(notes.get("realmId"), notes.get("userId"), notes.get("credentialId"),
                    Long.parseLong(notes.get("offeredAt")));
        }
    }

    record Issued(String offer, long expiresAt) {
    }

    Issued issue(RealmModel realm, IbKeyDevice device, int lifetimeSeconds) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String offer = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long now = Time.currentTime();
        Map<String, String> previous = store().remove(CURRENT + device.key().getId());
        if (previous != null) {
            store().remove(LIVE + previous.get("offer"));
        }
        store().put(LIVE + offer, lifetimeSeconds, Map.of("realmId", realm.getId(), "userId", device.user().getId(),
                "credentialId", device.key().getId(), "offeredAt", Long.toString(now)));
        store().put(ISSUED + offer, MARKER_SECONDS, Map.of());
        store().put(CURRENT + device.key().getId(), lifetimeSeconds, Map.of("offer", offer));
        return new Issued(offer, now + lifetimeSeconds);
    }

    /** The live offer, without taking it (nothing a signed stranger learns: the offer is a 256-bit secret). */
    Optional<Offer> peek(RealmModel realm, String offer) {
        return Optional.ofNullable(store().get(LIVE + offer)).map(Offer::of)
                .filter(o -> realm.getId().equals(o.realmId()));
    }

    /**
     * Takes the offer out of the store, or explains why it cannot be taken. The "used" marker is the claim, written
     * at once with putIfAbsent, so of two phones racing for one offer the loser is told it was used.
     */
    Offer take(RealmModel realm, String offer) {
        Map<String, String> live = store().get(LIVE + offer);
        if (live == null) {
            throw whyNot(offer);
        }
        if (!realm.getId().equals(live.get("realmId"))) {
            throw unknown();
        }
        if (!store().putIfAbsent(USED + offer, MARKER_SECONDS)) {
            throw used();
        }
        Map<String, String> notes = store().remove(LIVE + offer);
        if (notes == null) {
            throw expired();
        }
        Offer taken = Offer.of(notes);
        store().remove(CURRENT + taken.credentialId());
        return taken;
    }

    private ApiException whyNot(String offer) {
        if (store().contains(USED + offer)) {
            return used();
        }
        return store().contains(ISSUED + offer) ? expired() : unknown();
    }

    private static ApiException used() {
        return new ApiException(IbKeyErrorCode.TRANSFER_OFFER_USED,
                "This transfer offer was already used. Show a new one on the old phone.");
    }

    static ApiException expired() {
        return new ApiException(IbKeyErrorCode.TRANSFER_OFFER_EXPIRED,
                "This transfer offer has expired. Show a new one on the old phone.");
    }

    private static ApiException unknown() {
        return new ApiException(IbKeyErrorCode.TRANSFER_OFFER_UNKNOWN, "No such transfer offer.");
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
