package dev.sls.core.device;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.UserModel;

/**
 * A person's devices put aside without being deleted (device sharing suspends the requester's own physical devices
 * while they log in with another username's device). A suspended credential is no active device: it cannot log in or
 * be chosen, and it works again as it was when the mark is lifted. Written by the capability that suspends, read by
 * {@code StoredCredentials} so every device type honours it without knowing why.
 */
public final class SuspendedDevices {

    /** User attribute: the ids of the suspended credentials (unmanaged, never shown to the person or in tokens). */
    public static final String ATTRIBUTE = "slsSuspendedDevices";
    /** Bound: a person has one device of each type, so a handful of ids at most. */
    public static final int MAX = 16;

    private SuspendedDevices() {
    }

    public static Set<String> of(UserModel user) {
        return user.getAttributeStream(ATTRIBUTE).filter(id -> id != null && !id.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean isSuspended(UserModel user, String credentialId) {
        return credentialId != null && user.getAttributeStream(ATTRIBUTE).anyMatch(credentialId::equals);
    }

    /** Suspends exactly {@code credentialIds} (replacing any earlier mark). */
    public static void suspend(UserModel user, Collection<String> credentialIds) {
        if (credentialIds.size() > MAX) {
            throw new IllegalArgumentException("too many devices to suspend");
        }
        if (credentialIds.isEmpty()) {
            user.removeAttribute(ATTRIBUTE);
        } else {
            user.setAttribute(ATTRIBUTE, List.copyOf(credentialIds));
        }
    }

    /** Lifts every suspension: the devices work again. */
    public static void reactivateAll(UserModel user) {
        user.removeAttribute(ATTRIBUTE);
    }
}
