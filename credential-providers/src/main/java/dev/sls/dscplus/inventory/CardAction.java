package dev.sls.dscplus.inventory;

import java.util.Locale;

/** What happened to a card, as its history records it. */
public enum CardAction {
    IMPORTED, ASSIGNED, ACTIVATED, REPLACED, BLOCKED, RETURNED, USER_REMOVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
