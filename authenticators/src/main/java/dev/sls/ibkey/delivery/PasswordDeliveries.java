package dev.sls.ibkey.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Sealed temporary passwords in the cluster-wide single-use store, one per user. The sealed entry lives as long as it
 * may be fetched and is taken with an atomic remove, so of two fetches (on any nodes) exactly one gets it. A record
 * without the sealed text stays a day longer, so the helpdesk can see whether it was fetched or expired.
 */
public final class PasswordDeliveries {

    /** How long the state stays visible after the delivery could last be fetched. */
    static final long RECORD_SECONDS = 24 * 3600;
    private static final String SEALED = "sls.ibkey.password.sealed.";
    private static final String RECORD = "sls.ibkey.password.record.";
    private static final String FETCHED = "sls.ibkey.password.fetched.";

    private final KeycloakSession session;

    public PasswordDeliveries(KeycloakSession session) {
        this.session = session;
    }

    /** One delivery: what was sealed to which key, and when. Holds no secret (the password is sealed). */
    public record Delivery(String id, String realmId, String credentialId, String enc, String ciphertext,
                           long createdAt, long expiresAt, String issuedBy) {

        Map<String, String> notes() {
            Map<String, String> notes = new HashMap<>();
            notes.put("id", id);
            notes.put("realmId", realmId);
            notes.put("credentialId", credentialId);
            notes.put("enc", enc);
            notes.put("ciphertext", ciphertext);
            notes.put("createdAt", Long.toString(createdAt));
            notes.put("expiresAt", Long.toString(expiresAt));
            notes.put("issuedBy", issuedBy);
            return notes;
        }

        static Delivery of(Map<String, String> notes) {
            return new Delivery(notes.get("id"), notes.get("realmId"), notes.get("credentialId"), notes.get("enc"),
                    notes.get("ciphertext"), Long.parseLong(notes.get("createdAt")),
                    Long.parseLong(notes.get("expiresAt")), notes.get("issuedBy"));
        }

        /** The same delivery without the sealed text: what the state record keeps. */
        Delivery withoutSealed() {
            return new Delivery(id, realmId, credentialId, "-", "-", createdAt, expiresAt, issuedBy);
        }
    }

    /** Where a delivery stands, as the helpdesk sees it. */
    public enum State { WAITING, FETCHED, EXPIRED }

    /** A delivery's record, its state and (once fetched) when. */
    public record Status(Delivery delivery, State state, Long fetchedAt) { }

    /** Stores a new delivery for the user, replacing any earlier one (which can then no longer be fetched). */
    public void put(String userId, Delivery delivery, long now) {
        long lifespan = Math.max(1, delivery.expiresAt() - now);
        store().put(RECORD + userId, lifespan + RECORD_SECONDS, delivery.withoutSealed().notes());
        store().put(SEALED + userId, lifespan, delivery.notes());
    }

    /** Puts back a delivery {@link #take} took for a phone that cannot open it, for the rest of its lifetime. */
    public void putBack(String userId, Delivery delivery, long now) {
        if (now < delivery.expiresAt()) {
            store().put(SEALED + userId, delivery.expiresAt() - now, delivery.notes());
        }
    }

    /** Takes the user's sealed delivery out of the store: only one caller in the cluster ever gets it. */
    public Optional<Delivery> take(String userId) {
        return Optional.ofNullable(store().remove(SEALED + userId)).map(Delivery::of);
    }

    /** Remembers that {@code delivery} was fetched, for as long as its record stays. */
    public void markFetched(Delivery delivery, long now) {
        long lifespan = Math.max(1, delivery.expiresAt() - now) + RECORD_SECONDS;
        store().put(FETCHED + delivery.id(), lifespan, Map.of("fetchedAt", Long.toString(now)));
    }

    /** The user's latest delivery in this realm and its state, if one is still on record. */
    public Optional<Status> status(String realmId, String userId, long now) {
        Map<String, String> record = store().get(RECORD + userId);
        if (record == null) {
            return Optional.empty();
        }
        Delivery delivery = Delivery.of(record);
        if (!realmId.equals(delivery.realmId())) {
            return Optional.empty();
        }
        Map<String, String> fetched = store().get(FETCHED + delivery.id());
        if (fetched != null) {
            return Optional.of(new Status(delivery, State.FETCHED, Long.parseLong(fetched.get("fetchedAt"))));
        }
        if (now >= delivery.expiresAt()) {
            return Optional.of(new Status(delivery, State.EXPIRED, null));
        }
        // Gone before its time: a fetch took it and is about to mark it (the sealed entry goes first).
        return Optional.of(new Status(delivery, store().contains(SEALED + userId) ? State.WAITING : State.FETCHED, null));
    }

    private SingleUseObjectProvider store() {
        return session.singleUseObjects();
    }
}
