package dev.sls.ibkey.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.store.FakeSession;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;

class PasswordDeliveriesTest {

    private final FakeSession fake = new FakeSession();
    private final PasswordDeliveries deliveries = new PasswordDeliveries(fake.session());

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    private PasswordDeliveries.Delivery delivery(String id, long now, int lifetime) {
        return new PasswordDeliveries.Delivery(id, "realm-1", "cred-1", "enc", "ct", now, now + lifetime, "helpdesk");
    }

    private PasswordDeliveries.State state(String realmId) {
        return deliveries.status(realmId, "user-1", Time.currentTime()).orElseThrow().state();
    }

    @Test
    void aDeliveryIsTakenOnceThenShownAsFetched() {
        long now = Time.currentTime();
        deliveries.put("user-1", delivery("d1", now, 1800), now);
        assertEquals(PasswordDeliveries.State.WAITING, state("realm-1"));

        PasswordDeliveries.Delivery taken = deliveries.take("user-1").orElseThrow();
        assertEquals("ct", taken.ciphertext());
        assertTrue(deliveries.take("user-1").isEmpty(), "handed out once");
        deliveries.markFetched(taken, now);
        assertEquals(PasswordDeliveries.State.FETCHED, state("realm-1"));
        assertTrue(deliveries.status("realm-2", "user-1", now).isEmpty(), "another realm sees nothing");
    }

    /** Two fetches on two nodes: the loser must be told it was fetched, not that it expired. */
    @Test
    void takenButNotYetMarkedReadsAsFetchedNotExpired() {
        long now = Time.currentTime();
        deliveries.put("user-1", delivery("d1", now, 1800), now);
        deliveries.take("user-1").orElseThrow();
        assertEquals(PasswordDeliveries.State.FETCHED, state("realm-1"));
    }

    @Test
    void aDeliveryPutBackWaitsAgain() {
        long now = Time.currentTime();
        deliveries.put("user-1", delivery("d1", now, 1800), now);
        deliveries.putBack("user-1", deliveries.take("user-1").orElseThrow(), now);
        assertEquals(PasswordDeliveries.State.WAITING, state("realm-1"));
    }

    @Test
    void theRecordHoldsNoSealedText() {
        long now = Time.currentTime();
        deliveries.put("user-1", delivery("d1", now, 1800), now);
        PasswordDeliveries.Delivery recorded = deliveries.status("realm-1", "user-1", now).orElseThrow().delivery();
        assertEquals("-", recorded.ciphertext());
        assertEquals("-", recorded.enc());
    }

    @Test
    void anUnfetchedDeliveryExpiresAndCannotBeTaken() {
        long now = Time.currentTime();
        deliveries.put("user-1", delivery("d1", now, 60), now);
        Time.setOffset(61);
        assertEquals(PasswordDeliveries.State.EXPIRED, state("realm-1"));
        assertTrue(deliveries.take("user-1").isEmpty());
        Time.setOffset((int) PasswordDeliveries.RECORD_SECONDS + 120);
        assertTrue(deliveries.status("realm-1", "user-1", Time.currentTime()).isEmpty(), "the record goes a day later");
    }

    @Test
    void aNewDeliveryReplacesAWaitingOne() {
        long now = Time.currentTime();
        deliveries.put("user-1", delivery("d1", now, 1800), now);
        deliveries.put("user-1", delivery("d2", now, 1800), now);
        assertEquals("d2", deliveries.take("user-1").orElseThrow().id());
    }

    @Test
    void generatedPasswordsHaveEveryClassAndTheGroups() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String password = TemporaryPasswords.generate(random);
            assertTrue(password.matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}"), password);
            assertTrue(password.chars().anyMatch(Character::isDigit) && password.chars().anyMatch(Character::isUpperCase)
                    && password.chars().anyMatch(Character::isLowerCase), password);
            assertTrue(password.chars().noneMatch(c -> "IlO01".indexOf(c) >= 0), password);
        }
    }
}
