package dev.sls.dscplus.inventory;

/** Where a card is in its life: in stock → assigned → active; blocked when lost; returned (retired) at the end. */
public enum CardState {
    STOCK, ASSIGNED, ACTIVE, BLOCKED, RETURNED;

    /** Whether the card can still be given to a person and activated. */
    public boolean issuable() {
        return this == STOCK || this == ASSIGNED;
    }
}
