package dev.sls.rest.admin;

import dev.sls.rest.admin.dto.OptOutState;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * What a capability adds to the helpdesk's user search without the search knowing the capability: people it finds for
 * what the helpdesk typed (mobile: a phone number), the person's phone number masked, their opt-out state. Registered
 * as a provider of the SPI {@value HelpdeskPersonRuleSpi#NAME}; for the number and the opt-out state the first rule
 * with an answer wins.
 */
public interface HelpdeskPersonRule extends Provider {

    /** People this capability finds for {@code search} (at most {@code max}), each with what matched, masked. */
    default List<Found> find(KeycloakSession session, RealmModel realm, String search, int max) {
        return List.of();
    }

    /** The person's number as the helpdesk may see it: masked, never in full. */
    default Optional<String> maskedPhone(KeycloakSession session, RealmModel realm, UserModel user) {
        return Optional.empty();
    }

    default Optional<OptOutState> optOut(KeycloakSession session, RealmModel realm, UserModel user) {
        return Optional.empty();
    }

    @Override
    default void close() {
        // rules hold nothing per session
    }

    /** A person found, with the matching value as the helpdesk may see it (a number masked). */
    record Found(UserModel user, String shown) {
    }
}
