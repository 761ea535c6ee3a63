package dev.sls.sharing;

import java.util.Optional;
import java.util.UUID;

/**
 * One sharing request of a requester, as kept on the requester (one at a time): which owner's device of which type,
 * where it stands, and for a rejected one the compliance officer's reason.
 *
 * @param id                opaque, random; the only reference to the share tokens and the requester's pages carry
 * @param ownerId           the device owner's user id
 * @param ownerCredentialId the owner's credential of the shared device
 * @param deviceType        its credential type
 * @param requestedAt       epoch seconds
 * @param decidedAt         epoch seconds of approval or rejection, 0 while pending
 */
public record Share(String id, State state, String ownerId, String ownerCredentialId, String deviceType,
                    long requestedAt, long decidedAt) {

    private static final String SEPARATOR = "|";
    private static final int MAX_PART = 64;

    public enum State {
        PENDING, APPROVED, REJECTED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<State> fromWire(String raw) {
            for (State state : values()) {
                if (state.wireName().equals(raw)) {
                    return Optional.of(state);
                }
            }
            return Optional.empty();
        }
    }

    public Share {
        for (String part : new String[] {id, ownerId, ownerCredentialId, deviceType}) {
            if (part == null || part.isBlank() || part.length() > MAX_PART || part.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a share names its id, owner, device and type");
            }
        }
        if (state == null) {
            throw new IllegalArgumentException("a share has a state");
        }
    }

    static Share requested(String ownerId, String ownerCredentialId, String deviceType, long now) {
        return new Share(UUID.randomUUID().toString(), State.PENDING, ownerId, ownerCredentialId, deviceType, now, 0);
    }

    Share decided(State decision, long now) {
        return new Share(id, decision, ownerId, ownerCredentialId, deviceType, requestedAt, now);
    }

    String encode() {
        return String.join(SEPARATOR, id, ownerId, ownerCredentialId, deviceType, String.valueOf(requestedAt),
                String.valueOf(decidedAt));
    }

    /** Reads {@link #encode()} with the state kept beside it; empty for anything else. */
    static Optional<Share> decode(String encoded, String state) {
        Optional<State> known = State.fromWire(state);
        if (encoded == null || known.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = encoded.split("\\|", -1);
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Share(parts[0], known.get(), parts[1], parts[2], parts[3],
                    Long.parseLong(parts[4]), Long.parseLong(parts[5])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
