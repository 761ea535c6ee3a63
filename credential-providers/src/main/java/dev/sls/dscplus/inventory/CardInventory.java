package dev.sls.dscplus.inventory;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The DSC+ card inventory of a realm, in the caller's transaction. Every change of state is written to the card's
 * history with who made it; nothing here ever holds a seed in clear.
 */
public final class CardInventory {

    /** A page of search results and the number of all matches. */
    public record Page(List<CardEntity> cards, long total) { }

    private final EntityManager em;

    public CardInventory(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public Optional<CardEntity> byId(String realmId, String id) {
        CardEntity card = id == null || id.length() > 36 ? null : em.find(CardEntity.class, id);
        return card != null && card.getRealmId().equals(realmId) ? Optional.of(card) : Optional.empty();
    }

    public List<CardEntity> bySerial(String realmId, String serial) {
        return em.createQuery("select c from SlsDscPlusCard c where c.realmId = :realm and c.serial = :serial"
                        + " order by c.createdAt", CardEntity.class)
                .setParameter("realm", realmId).setParameter("serial", serial).getResultList();
    }

    /** The cards held by a user (assigned, active or blocked). */
    public List<CardEntity> ofUser(String realmId, String userId) {
        return em.createQuery("select c from SlsDscPlusCard c where c.realmId = :realm and c.userId = :user"
                        + " and c.state in :states order by c.createdAt", CardEntity.class)
                .setParameter("realm", realmId).setParameter("user", userId)
                .setParameter("states", List.of(CardState.ASSIGNED, CardState.ACTIVE, CardState.BLOCKED))
                .getResultList();
    }

    /** Cards whose serial starts with {@code serialPrefix} (if given) in {@code state} (if given), by serial. */
    public Page search(String realmId, String serialPrefix, CardState state, String userId, int first, int max) {
        String where = " from SlsDscPlusCard c where c.realmId = :realm"
                + (serialPrefix == null ? "" : " and c.serial like :serial")
                + (state == null ? "" : " and c.state = :state") + (userId == null ? "" : " and c.userId = :user");
        var count = em.createQuery("select count(c)" + where, Long.class);
        var page = em.createQuery("select c" + where + " order by c.serial, c.createdAt", CardEntity.class);
        for (var query : List.of(count, page)) {
            query.setParameter("realm", realmId);
            if (serialPrefix != null) {
                query.setParameter("serial", serialPrefix.replace("%", "").replace("_", "") + "%");
            }
            if (state != null) {
                query.setParameter("state", state);
            }
            if (userId != null) {
                query.setParameter("user", userId);
            }
        }
        return new Page(page.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    public List<CardEventEntity> history(String cardId) {
        return em.createQuery("select e from SlsDscPlusCardEvent e where e.cardId = :card order by e.at, e.id",
                CardEventEntity.class).setParameter("card", cardId).getResultList();
    }

    /** Adds a card (its seed already sealed) in stock. */
    public CardEntity add(CardEntity card, String actor) {
        long now = Time.currentTimeMillis();
        card.setState(CardState.STOCK);
        card.setCreatedAt(now);
        card.setUpdatedAt(now);
        em.persist(card);
        record(card, CardAction.IMPORTED, null, null, actor, card.getBatchId());
        return card;
    }

    /** Moves a card to {@code to} and records why; {@code userId} is who holds it afterwards (null: nobody). */
    public void move(CardEntity card, CardState to, CardAction action, String userId, String actor, String detail) {
        CardState from = card.getState();
        card.setState(to);
        card.setUserId(userId);
        card.setUpdatedAt(Time.currentTimeMillis());
        if (to == CardState.BLOCKED || to == CardState.RETURNED) {
            card.setSealedSeed(null);
        }
        record(card, action, from, userId, actor, detail);
    }

    /**
     * Moves the counter of a counter card from {@code seen} to {@code next} in one statement, so of two logins that
     * read the same counter only one moves it.
     */
    public boolean advanceCounter(String cardId, long seen, long next) {
        return em.createQuery("update SlsDscPlusCard c set c.counter = :next, c.version = c.version + 1"
                        + " where c.id = :id and c.counter = :seen")
                .setParameter("next", next).setParameter("id", cardId).setParameter("seen", seen)
                .executeUpdate() == 1;
    }

    public void deleteRealm(String realmId) {
        em.createQuery("delete from SlsDscPlusCardEvent e where e.cardId in"
                + " (select c.id from SlsDscPlusCard c where c.realmId = :realm)").setParameter("realm", realmId)
                .executeUpdate();
        em.createQuery("delete from SlsDscPlusCard c where c.realmId = :realm").setParameter("realm", realmId)
                .executeUpdate();
    }

    private void record(CardEntity card, CardAction action, CardState from, String userId, String actor,
                        String detail) {
        CardEventEntity event = new CardEventEntity();
        event.setId(KeycloakModelUtils.generateId());
        event.setCardId(card.getId());
        event.setAt(Time.currentTimeMillis());
        event.setAction(action.wireName());
        event.setFromState(from);
        event.setToState(card.getState());
        event.setUserId(userId);
        event.setActor(truncate(actor));
        event.setDetail(truncate(detail));
        em.persist(event);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }
}
