package dev.sls.dscplus.admin;

import dev.sls.dscplus.admin.dto.CardHistoryStep;
import dev.sls.dscplus.admin.dto.CardView;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.inventory.CardEventEntity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Cards and their histories as the admin API shows them. */
final class CardViews {

    private CardViews() {
    }

    static CardView of(CardEntity card, List<CardEventEntity> history) {
        return new CardView(card.getId(), card.getSerial(), card.getKeyId(), card.getManufacturer(), card.getSuite(),
                state(card.getState()), card.getUserId(), time(card.getValidFrom()), time(card.getValidUntil()),
                time(card.getCreatedAt()), time(card.getUpdatedAt()), card.getBatchId(),
                history == null ? null : history.stream().map(CardViews::step).toList());
    }

    private static CardHistoryStep step(CardEventEntity event) {
        return new CardHistoryStep(time(event.getAt()), event.getAction(), state(event.getFromState()),
                state(event.getToState()), event.getUserId(), event.getActor(), event.getDetail());
    }

    private static String state(Enum<?> state) {
        return state == null ? null : state.name().toLowerCase(Locale.ROOT);
    }

    private static String time(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
