package th.go.mol.oneplan.query.rebuild;

/** Where the latest rebuild of a read model stands on this node. */
public enum RebuildState {
    /** No rebuild since this node started. */
    NONE,
    /** Asked for; waits for the rebuild before it (one runs at a time on a node). */
    QUEUED,
    /** New tables are being filled from the event store, out of sight; queries read the live ones. */
    BUILDING,
    /** Caught up: the group's processor is stopped and the new tables are put in place in one transaction. */
    SWITCHING,
    /** The new tables are live. */
    DONE,
    /** Stopped before the switch; the live tables are as they were (see the reason). */
    FAILED
}
