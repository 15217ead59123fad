package th.go.mol.oneplan.app.workerimport;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The import's tables (V17): jobs, the spooled file in chunks, and the report of bad rows. Progress is written by
 * {@link #recordProgress}, which the job calls inside the transaction that registers the rows it counts.
 */
@Component
@Profile("!query")
public class ImportJobs {
    /** The size of a spooled chunk: the most of an upload held in memory at once. */
    static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /** Reads the report in slices of 1000 rows (PostgreSQL uses a cursor inside a transaction). */
    private final JdbcTemplate cursor;

    public ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(1000);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What spooling learnt of the file. */
    public record Spooled(String sha256, long bytes, long lines) {
    }

    /**
     * Creates a QUEUED job and stores the file in it, in one transaction: a job exists only with its whole file.
     * {@code spool} writes the file with the chunk writer it is given and answers what it learnt; a failure (a
     * refused header) leaves nothing behind.
     */
    public ImportJob create(String jobId, String centreId, String recordedBy, SpoolWriter spool) {
        return transaction.execute(tx -> {
            jdbc.update("insert into worker_import_job (job_id, centre_id, recorded_by, status) values (?, ?, ?, ?)",
                    jobId, centreId, recordedBy, ImportStatus.QUEUED.name());
            int[] next = {0};
            Spooled spooled;
            try {
                spooled = spool.write(bytes -> jdbc.update("insert into worker_import_chunk (job_id, chunk_no, bytes)"
                        + " values (?, ?, ?)", jobId, next[0]++, bytes));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            long rows = Math.max(spooled.lines() - 1, 0);
            jdbc.update("update worker_import_job set file_sha256 = ?, file_bytes = ?, rows_expected = ? where job_id = ?",
                    spooled.sha256(), spooled.bytes(), rows, jobId);
            return find(jobId).orElseThrow();
        });
    }

    /** Writes a file's bytes chunk by chunk. */
    @FunctionalInterface
    public interface SpoolWriter {
        Spooled write(Consumer<byte[]> chunks) throws IOException;
    }

    public Optional<ImportJob> find(String jobId) {
        return jdbc.query("select * from worker_import_job where job_id = ?", JOB, jobId).stream().findFirst();
    }

    /** Jobs a stop left behind: queued or running. */
    public List<String> leftOver() {
        return jdbc.queryForList("select job_id from worker_import_job where status in ('QUEUED', 'RUNNING')"
                + " order by created_at", String.class);
    }

    /** The job (re)starts on this node: its rate counts from now. */
    public void markRunning(String jobId, Instant now) {
        jdbc.update("update worker_import_job set status = 'RUNNING', started_at = coalesce(started_at, ?),"
                + " run_started_at = ?, run_rows = 0, failure = null where job_id = ?", ts(now), ts(now), jobId);
    }

    /** Done: the spooled file is no longer needed (the report stays). */
    public void markDone(String jobId, Instant now) {
        transaction.executeWithoutResult(tx -> {
            jdbc.update("update worker_import_job set status = 'DONE', finished_at = ? where job_id = ?", ts(now),
                    jobId);
            jdbc.update("delete from worker_import_chunk where job_id = ?", jobId);
        });
    }

    public void markFailed(String jobId, String why, Instant now) {
        String text = why == null ? "unknown failure" : why.length() > 1000 ? why.substring(0, 1000) : why;
        jdbc.update("update worker_import_job set status = 'FAILED', failure = ?, finished_at = ? where job_id = ?",
                text, ts(now), jobId);
    }

    /**
     * Counts rows done, from {@code firstLine} up to and including {@code lastLine}, and stores their errors. Call
     * it inside the transaction that registered them. Rows are counted once: if the job's committed progress is
     * already at or past {@code firstLine} (another node took the job over and counted them), nothing is counted
     * and {@link JobTakenOver} is thrown, which rolls the caller's transaction back.
     */
    public void recordProgress(String jobId, long firstLine, long lastLine, int rows, int registered,
                               int alreadyRegistered, int rejected, List<RowError> errors) {
        int counted = jdbc.update("update worker_import_job set last_line = ?, rows_done = rows_done + ?,"
                        + " registered = registered + ?, already_registered = already_registered + ?,"
                        + " rejected = rejected + ?, run_rows = run_rows + ? where job_id = ? and last_line < ?",
                lastLine, rows, registered, alreadyRegistered, rejected, rows, jobId, firstLine);
        if (counted == 0) {
            throw new JobTakenOver(jobId, firstLine);
        }
        if (!errors.isEmpty()) {
            List<Object[]> args = new ArrayList<>(errors.size());
            for (RowError e : errors) {
                String message = e.message() == null ? e.rule() : e.message();
                args.add(new Object[]{jobId, e.line(), clip(e.field(), 100), clip(e.rule(), 100), clip(message, 1000)});
            }
            jdbc.batchUpdate("insert into worker_import_error (job_id, line, field, rule, message) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", args);
        }
    }

    /** The same for one row, in a transaction of its own (a row refused on its own). */
    public void recordRowAlone(String jobId, long line, int registered, int alreadyRegistered, int rejected,
                               List<RowError> errors) {
        transaction.executeWithoutResult(tx -> recordProgress(jobId, line, line, 1, registered, alreadyRegistered,
                rejected, errors));
    }

    /** Rows of a job were counted already, by another runner of the same job: this one must stop. */
    public static final class JobTakenOver extends RuntimeException {
        JobTakenOver(String jobId, long line) {
            super("import job " + jobId + " has already counted line " + line + ": another runner has it");
        }
    }

    public long errorCount(String jobId) {
        Long n = jdbc.queryForObject("select count(*) from worker_import_error where job_id = ?", Long.class, jobId);
        return n == null ? 0 : n;
    }

    public List<RowError> errors(String jobId, int page, int size) {
        return jdbc.query("select line, field, rule, message from worker_import_error where job_id = ?"
                        + " order by line, field limit ? offset ?", ERROR, jobId, size, (long) page * size);
    }

    /** Every error of the job in line order, read with a cursor: the report may be as long as the file. */
    public void eachError(String jobId, Consumer<RowError> each) {
        transaction.executeWithoutResult(tx -> {
            cursor.query("select line, field, rule, message from worker_import_error where job_id = ?"
                    + " order by line, field", (RowCallbackHandler) rs -> each.accept(ERROR.mapRow(rs, 0)), jobId);
        });
    }

    /** The spooled file, read back one chunk at a time. */
    public InputStream spooled(String jobId) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int next;
            private boolean end;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                while (position >= chunk.length) {
                    if (end) {
                        return -1;
                    }
                    List<byte[]> found = jdbc.query("select bytes from worker_import_chunk where job_id = ?"
                            + " and chunk_no = ?", (rs, n) -> rs.getBytes(1), jobId, next++);
                    if (found.isEmpty()) {
                        end = true;
                        return -1;
                    }
                    chunk = found.get(0);
                    position = 0;
                }
                int n = Math.min(len, chunk.length - position);
                System.arraycopy(chunk, position, buffer, off, n);
                position += n;
                return n;
            }
        };
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final RowMapper<RowError> ERROR = (rs, n) -> new RowError(rs.getLong("line"), rs.getString("field"),
            rs.getString("rule"), rs.getString("message"));

    private static final RowMapper<ImportJob> JOB = (rs, n) -> new ImportJob(rs.getString("job_id"),
            rs.getString("centre_id"), rs.getString("recorded_by"), ImportStatus.valueOf(rs.getString("status")),
            rs.getString("file_sha256"), rs.getLong("file_bytes"), rs.getLong("rows_expected"),
            rs.getLong("last_line"), rs.getLong("rows_done"), rs.getLong("registered"),
            rs.getLong("already_registered"), rs.getLong("rejected"), rs.getLong("run_rows"),
            instant(rs.getTimestamp("run_started_at")), rs.getString("failure"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
}
