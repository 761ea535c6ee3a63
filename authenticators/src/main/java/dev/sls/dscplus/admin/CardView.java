package dev.sls.dscplus.admin;

import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardEventEntity;
import java.time.Instant;
import java.util.List;

/** A card as the admin API shows it: everything but its seed. */
public record CardView(String id, String serial, String keyId, String manufacturer, String suite, String state,
                       String userId, String validFrom, String validUntil, String importedAt, String updatedAt,
                       String batch, List<Step> history) {

    /** One step of the card's history. */
    public record Step(String at, String action, String fromState, String toState, String userId, String actor,
                       String detail) {
    }

    static CardView of(CardEntity card, List<CardEventEntity> history) {
        return new CardView(card.getId(), card.getSerial(), card.getKeyId(), card.getManufacturer(), card.getSuite(),
                card.getState().name().toLowerCase(java.util.Locale.ROOT), card.getUserId(), time(card.getValidFrom()),
                time(card.getValidUntil()), time(card.getCreatedAt()), time(card.getUpdatedAt()), card.getBatchId(),
                history == null ? null : history.stream().map(CardView::step).toList());
    }

    private static Step step(CardEventEntity event) {
        return new Step(time(event.getAt()), event.getAction(), state(event.getFromState()), state(event.getToState()),
                event.getUserId(), event.getActor(), event.getDetail());
    }

    private static String state(Enum<?> state) {
        return state == null ? null : state.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
