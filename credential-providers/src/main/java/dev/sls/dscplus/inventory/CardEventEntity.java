package dev.sls.dscplus.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a card's history (table {@code SLS_DSCPLUS_CARD_EVENT}): a few per card, never one per login. */
@Entity(name = "SlsDscPlusCardEvent")
@Table(name = "SLS_DSCPLUS_CARD_EVENT")
public class CardEventEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;
    @Column(name = "CARD_ID", length = 36, nullable = false)
    private String cardId;
    @Column(name = "HAPPENED_AT", nullable = false)
    private long at;
    @Column(name = "CARD_ACTION", length = 32, nullable = false)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATE", length = 16)
    private CardState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATE", length = 16, nullable = false)
    private CardState toState;
    @Column(name = "USER_ID", length = 36)
    private String userId;
    @Column(name = "ACTOR", length = 255)
    private String actor;
    @Column(name = "DETAIL", length = 255)
    private String detail;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCardId() {
        return cardId;
    }

    public void setCardId(String cardId) {
        this.cardId = cardId;
    }

    public long getAt() {
        return at;
    }

    public void setAt(long at) {
        this.at = at;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public CardState getFromState() {
        return fromState;
    }

    public void setFromState(CardState fromState) {
        this.fromState = fromState;
    }

    public CardState getToState() {
        return toState;
    }

    public void setToState(CardState toState) {
        this.toState = toState;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
