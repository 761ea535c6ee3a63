package dev.sls.binding.history;

/** What happened to a device of a person; the wire form is the lower-case name. */
public enum HistoryEvent {
    /** Bound for the first time (activation, issuance, enrolment). */
    ACTIVATED,
    /** Bound again after a reinstall or on a new phone, proven without the old device (IB Key recovery). */
    RECOVERED,
    /** Bound on a new phone from an old one that still worked (a transfer offer). */
    TRANSFERRED,
    /** Blocked by Client Services (a lost or stolen card). */
    BLOCKED,
    /** Returned or unblocked by Client Services. */
    RETURNED,
    /** Replaced by a newer device of the same kind (the old phone after a recovery or a new activation). */
    RETIRED,
    /** Removed by the person or by Client Services. */
    REMOVED,
    /**
     * A device shared between two usernames of one individual (device sharing): on the requester's history the owner's
     * device they now log in with (the owner masked), on the owner's the device shared and with which username.
     */
    SHARED,
    /** Suspended, not deleted, while the person logs in with another username's shared device. */
    SUSPENDED,
    /** Working again after a suspension (the share ended). */
    REACTIVATED,
    /** A share ended: cancelled by the requester, or the owner's device was blocked, lost or replaced. */
    UNSHARED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
