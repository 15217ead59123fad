package th.go.mol.oneplan.app.workerimport;

/**
 * Where an import job is: {@code QUEUED} (spooled, waiting for the node's import thread), {@code RUNNING},
 * {@code DONE} (every row registered, already registered or reported), {@code FAILED} (it could not go on: the
 * file stopped being readable, or the database failed; upload the file again, rows already done are replayed),
 * {@code INTERRUPTED} (reserved for a job that could not be resumed; a job left RUNNING by a stop is resumed).
 */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
