package th.go.mol.oneplan.app.workerimport;

import java.time.Duration;
import java.time.Instant;

/**
 * An import job as stored (worker_import_job): its centre, who runs it, its file, and its counters. The counters
 * are written in the same transaction as the rows they count, so rowsDone = registered + alreadyRegistered +
 * rejected always holds, across restarts too.
 *
 * @param lastLine the last line whose outcome is committed: a resumed job goes on after it
 * @param runRows  rows done since the job (re)started on this node, for the rate
 */
public record ImportJob(String jobId, String centreId, String recordedBy, ImportStatus status, String fileSha256,
                        long fileBytes, long rowsExpected, long lastLine, long rowsDone, long registered,
                        long alreadyRegistered, long rejected, long runRows, Instant runStartedAt, String failure,
                        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Rows per second in the current (or last) run; 0 before the first row. */
    public double rate(Instant now) {
        if (runStartedAt == null || runRows == 0) {
            return 0;
        }
        Instant end = status == ImportStatus.RUNNING || finishedAt == null ? now : finishedAt;
        double seconds = Math.max(Duration.between(runStartedAt, end).toMillis(), 1) / 1000.0;
        return runRows / seconds;
    }

    /** Seconds left at the current rate, for a running job; null when it cannot be told yet. */
    public Long secondsLeft(Instant now) {
        if (status == ImportStatus.DONE) {
            return 0L;
        }
        double rate = rate(now);
        if (status != ImportStatus.RUNNING || rate <= 0) {
            return null;
        }
        return (long) Math.ceil(Math.max(rowsExpected - rowsDone, 0) / rate);
    }
}
