package th.go.mol.oneplan.app.workerimport;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.CentreId;
import th.go.mol.oneplan.command.register.RegisterChecks;
import th.go.mol.oneplan.command.sending.BatchCommands;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.Creation;
import th.go.mol.oneplan.command.sending.IdempotencyKeyReused;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.command.sending.Outcome;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.register.WorkerId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The register's bulk import of a centre's survey (docs/import.md): a file is spooled into the database and its
 * header checked ({@link #submit}), then its rows are registered by the centre in batches ({@link #run}), in the
 * background for HTTP uploads (one job at a time per node) or in the caller's thread on the command line.
 *
 * <p>Each row is one {@code RegisterWorker} with its own idempotency key, the file's SHA-256, the centre and the
 * line: a resumed job, or the same file imported again, gets the first outcome of every row back and creates
 * nothing new (such rows count as already registered). Rows are first checked with the domain's rules
 * ({@link SurveyRows}); the good ones of {@value #DEFAULT_BATCH} rows go in one transaction through
 * {@link BatchCommands}, with the job's progress and the batch's bad rows in the same transaction. If a command
 * of the batch is still refused (a person registered elsewhere, a rule only the aggregate can check), the batch
 * rolls back whole and its rows are sent one at a time, each in its own transaction, so that the good rows are
 * registered and the bad ones reported.
 */
@Component
@Profile("!query")
public class WorkerImports {
    static final int DEFAULT_BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(WorkerImports.class);
    private static final String RULE_ALREADY_REGISTERED = "national-id-registered";
    /**
     * One digest per thread for the rows' keys: {@code MessageDigest.getInstance} looks the algorithm up among the
     * providers each time, which cost about as much as the hash of a short key (5% of the import thread together).
     */
    private static final ThreadLocal<MessageDigest> KEY_DIGEST = ThreadLocal.withInitial(WorkerImports::sha256);

    private final ImportJobs jobs;
    private final ImportJobLocks locks;
    private final BatchCommands batches;
    private final LedgerCommands ledger;
    private final SurveyRows rows;
    private final RegisterChecks checks;
    private final Clock clock;
    private final int batchSize;
    private final boolean resumeAtStart;
    private final long takeOverSeconds;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worker-import");
        t.setDaemon(true);
        return t;
    });
    /** Looks for jobs left over by a node that died, now and then (not only at this node's start). */
    private final ScheduledExecutorService lookout = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "worker-import-lookout");
        t.setDaemon(true);
        return t;
    });
    /** Jobs this node has queued or is running: not queued again by the lookout. */
    private final Set<String> mine = ConcurrentHashMap.newKeySet();

    public WorkerImports(ImportJobs jobs, ImportJobLocks locks, BatchCommands batches, LedgerCommands ledger,
                         Geography geography, RegisterChecks checks, Clock clock,
                         @Value("${oneplan.import.batch-size:" + DEFAULT_BATCH + "}") int batchSize,
                         @Value("${oneplan.import.file:}") String commandLineFile,
                         @Value("${oneplan.import.take-over-seconds:30}") long takeOverSeconds) {
        this.jobs = jobs;
        this.locks = locks;
        this.takeOverSeconds = takeOverSeconds;
        this.batches = batches;
        this.ledger = ledger;
        this.rows = new SurveyRows(geography);
        this.checks = checks;
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        // The command line runs its own job; jobs of the server are resumed by the server.
        this.resumeAtStart = commandLineFile.isBlank();
    }

    /**
     * Spools the file into a new QUEUED job of the centre and checks its header: 404 if the centre was never
     * established, 400 naming the column if the header is wrong (then nothing is kept).
     */
    public ImportJob submit(String centreId, String recordedBy, InputStream file) {
        CentreId.valid(centreId, "centreId");
        if (ledger.currentVersion(centreId) == 0) {
            throw new NotFound("centre", "no tambon centre " + centreId + " has been established");
        }
        String jobId = "import-" + UUID.randomUUID();
        return jobs.create(jobId, centreId, recordedBy, chunks -> spool(file, chunks));
    }

    /** Runs the job in the background (one job at a time on this node). */
    public void start(String jobId) {
        if (!mine.add(jobId)) {
            return;
        }
        background.submit(() -> {
            try {
                run(jobId, job -> {
                });
            } catch (RuntimeException e) {
                log.error("Import job {} failed", jobId, e);
            } finally {
                mine.remove(jobId);
            }
        });
    }

    /**
     * Resumes the jobs a stop left queued or running, at the start and then every
     * {@code oneplan.import.take-over-seconds}: rows already done are skipped, and replayed if sent again. A job
     * another node is running is left to it (its lock is held); a job whose node died is taken over.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeLeftOver() {
        if (!resumeAtStart) {
            return;
        }
        lookForLeftOver();
        if (takeOverSeconds > 0) {
            lookout.scheduleWithFixedDelay(this::lookForLeftOver, takeOverSeconds, takeOverSeconds, TimeUnit.SECONDS);
        }
    }

    private void lookForLeftOver() {
        try {
            for (String jobId : jobs.leftOver()) {
                if (!mine.contains(jobId)) {
                    log.debug("Trying left-over import job {}", jobId);
                    start(jobId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for left-over import jobs ({}); trying again later", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        // A job cut short stays RUNNING and is resumed at the next start (or by another node).
        lookout.shutdownNow();
        background.shutdownNow();
    }

    /**
     * Runs the job to its end in this thread, calling {@code progress} after every batch; answers the job as it
     * ended (DONE, or FAILED with the reason).
     */
    public ImportJob run(String jobId, Consumer<ImportJob> progress) {
        ImportJob found = jobs.find(jobId).orElseThrow(() -> new NotFound("import job", "no import job " + jobId));
        if (found.status() == ImportStatus.DONE || found.status() == ImportStatus.FAILED) {
            return found;
        }
        Optional<ImportJobLocks.Held> lock = locks.tryTake(jobId);
        if (lock.isEmpty()) {
            log.debug("Import job {} is run by another node (or thread); left to it", jobId);
            return found;
        }
        try (ImportJobLocks.Held held = lock.get()) {
            return runHolding(jobId, held, progress);
        }
    }

    private ImportJob runHolding(String jobId, ImportJobLocks.Held held, Consumer<ImportJob> progress) {
        // Read again under the lock: another node may have gone on with it, or finished it, meanwhile.
        ImportJob job = jobs.find(jobId).orElseThrow();
        if (job.status() == ImportStatus.DONE || job.status() == ImportStatus.FAILED) {
            return job;
        }
        jobs.markRunning(jobId, clock.instant());
        // Once per job, not per row: a centre's establishment never changes (registration-before-centre).
        LocalDate centreEstablished = checks.establishedOn(job.centreId()).orElse(null);
        try (SurveyReader reader = SurveyReader.open(jobs.spooled(jobId))) {
            List<SurveyRows.Mapped> batch = new ArrayList<>(batchSize);
            for (SurveyReader.Row row : reader) {
                if (row.line() <= job.lastLine()) {
                    continue;
                }
                Recording recording = new Recording(job.recordedBy(), clock.instant(), key(job, row.line()));
                batch.add(rows.map(row, WorkerId.PREFIX + UUID.randomUUID(), job.centreId(), centreEstablished,
                        recording));
                if (batch.size() == batchSize) {
                    send(job, batch);
                    batch.clear();
                    progress.accept(jobs.find(jobId).orElseThrow());
                    if (Thread.currentThread().isInterrupted()) {
                        log.info("Import job {} stops with the node; it is resumed at the next start", jobId);
                        return jobs.find(jobId).orElseThrow();
                    }
                    if (!held.stillHeld()) {
                        log.warn("Import job {} lost its lock (its database session ended); another node goes on"
                                + " with it", jobId);
                        return jobs.find(jobId).orElseThrow();
                    }
                }
            }
            send(job, batch);
            jobs.markDone(jobId, clock.instant());
        } catch (ImportJobs.JobTakenOver e) {
            log.warn("Import job {} stops here: {}", jobId, e.getMessage());
            return jobs.find(jobId).orElseThrow();
        } catch (InvalidValue | SurveyReader.UnreadableFile e) {
            jobs.markFailed(jobId, e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            jobs.markFailed(jobId, "the import stopped on an error of the service (" + e.getClass().getSimpleName()
                    + "); upload the file again: rows already registered are not registered twice", clock.instant());
        }
        ImportJob ended = jobs.find(jobId).orElseThrow();
        progress.accept(ended);
        return ended;
    }

    /** The batch in one transaction; if a command is refused there, each row in a transaction of its own. */
    private void send(ImportJob job, List<SurveyRows.Mapped> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Creation> creations = new ArrayList<>();
        List<RowError> rejectedErrors = new ArrayList<>();
        int rejected = 0;
        for (SurveyRows.Mapped row : batch) {
            if (row instanceof SurveyRows.Ready ready) {
                creations.add(creation(job, ready));
            } else {
                rejectedErrors.addAll(((SurveyRows.Rejected) row).errors());
                rejected++;
            }
        }
        long firstLine = batch.get(0).line();
        long lastLine = batch.get(batch.size() - 1).line();
        int rejectedRows = rejected;
        try {
            batches.createAll(creations, outcomes -> {
                int replayed = (int) outcomes.stream().filter(Outcome::replayed).count();
                jobs.recordProgress(job.jobId(), firstLine, lastLine, batch.size(), outcomes.size() - replayed,
                        replayed, rejectedRows, rejectedErrors);
            });
        } catch (ImportJobs.JobTakenOver takenOver) {
            throw takenOver;
        } catch (RuntimeException batchFailed) {
            log.debug("A batch of import job {} was refused whole; its rows go one by one", job.jobId(), batchFailed);
            for (SurveyRows.Mapped row : batch) {
                sendAlone(job, row);
            }
        }
    }

    private void sendAlone(ImportJob job, SurveyRows.Mapped row) {
        if (row instanceof SurveyRows.Rejected rejected) {
            jobs.recordRowAlone(job.jobId(), row.line(), 0, 0, 1, rejected.errors());
            return;
        }
        SurveyRows.Ready ready = (SurveyRows.Ready) row;
        RowError refused;
        try {
            batches.create(creation(job, ready), outcome -> jobs.recordProgress(job.jobId(), row.line(), row.line(),
                    1, outcome.replayed() ? 0 : 1, outcome.replayed() ? 1 : 0, 0, List.of()));
            return;
        } catch (InvalidValue e) {
            refused = SurveyRows.error(row.line(), e);
        } catch (RuleViolation e) {
            refused = SurveyRows.error(row.line(), e);
        } catch (IdempotencyKeyReused e) {
            refused = new RowError(row.line(), "row", "idempotency-key-reused", e.getMessage());
        }
        // The same person in another file (or another centre's): counted as already registered, and reported.
        boolean already = RULE_ALREADY_REGISTERED.equals(refused.rule());
        jobs.recordRowAlone(job.jobId(), row.line(), 0, already ? 1 : 0, already ? 0 : 1, List.of(refused));
    }

    private Creation creation(ImportJob job, SurveyRows.Ready ready) {
        String key = key(job, ready.line());
        CommandContext context = CommandContext.by(job.recordedBy(), clock.instant())
                .withIdempotencyKey(key, sha256(key));
        return new Creation(ready.workerId(), context, recording -> ready.command().apply(recording));
    }

    /** One key per row of one file imported by one centre: the same file again replays the first outcomes. */
    static String key(ImportJob job, long line) {
        return "import:" + job.centreId() + ":" + job.fileSha256() + ":" + line;
    }

    /** Copies the upload into chunks, hashing and counting lines; the header is checked on the first chunk. */
    private static ImportJobs.Spooled spool(InputStream file, Consumer<byte[]> chunks) throws IOException {
        MessageDigest digest = sha256();
        long bytes = 0;
        long lines = 0;
        byte last = '\n';
        boolean first = true;
        while (true) {
            byte[] chunk = file.readNBytes(ImportJobs.CHUNK_BYTES);
            if (chunk.length == 0) {
                break;
            }
            if (first) {
                checkHeader(chunk);
                first = false;
            }
            digest.update(chunk);
            bytes += chunk.length;
            for (byte b : chunk) {
                if (b == '\n') {
                    lines++;
                }
            }
            last = chunk[chunk.length - 1];
            chunks.accept(chunk);
        }
        if (first) {
            checkHeader(new byte[0]);
        }
        if (last != '\n') {
            lines++;
        }
        return new ImportJobs.Spooled(HexFormat.of().formatHex(digest.digest()), bytes, lines);
    }

    /** Reads the header from the first chunk (a header longer than a chunk is not a survey header). */
    private static void checkHeader(byte[] firstChunk) {
        SurveyReader.open(new ByteArrayInputStream(firstChunk)).close();
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(KEY_DIGEST.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
