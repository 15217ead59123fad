package th.go.mol.oneplan.app.workerimport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One import job runs on one node at a time (docs/import.md): runners of two nodes sharing the database are two
 * runners in this JVM, each asking PostgreSQL for the job's advisory lock on its own connection. On Phitsanulok's
 * centre of tambon 650103 (national ids from seed 65,010,000, which no other test generates).
 */
class ImportJobNodesIT extends LedgerIntegrationTest {
    private static final String CENTRE = "centre-650103-2563";
    private static final String OFFICER = "officer@phitsanulok";

    @Autowired
    WorkerImports imports;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportJobLocks locks;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void theCentreIsEstablished() {
        userWith(OFFICER, Role.PROVINCIAL_OFFICER, 65, null);
        if (getStatus("/api/pilot-programmes/pilot-65-2563") == 404) {
            post("/api/pilot-programmes", json("{'provinceCode':65,'fiscalYear':2563,'name':'โครงการศูนย์ฯ พิษณุโลก',"
                    + "'declaredOn':'2019-10-20'}"), OFFICER);
        }
        if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                CENTRE) == 0) {
            Answer established = post("/api/tambon-centres", json("{'centreId':'" + CENTRE + "','subdistrictCode':650103,"
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม หมู่ 2'},'establishedOn':'2019-11-15',"
                    + "'pilot':false,'programmeId':'pilot-65-2563'}"), OFFICER);
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        }
    }

    @Test
    void a_job_another_node_runs_is_left_to_it_and_taken_over_when_that_nodes_session_ends() throws Exception {
        String jobId = "import-" + UUID.randomUUID();
        // The other node: it holds the job's lock on its session before the job is even queued (so that this
        // node's look for left-over jobs cannot take it first).
        try (Connection otherNode = jdbc.getDataSource().getConnection()) {
            int pid = takeLockAs(otherNode, jobId);
            queue(jobId, 450, 65_010_000);

            ImportJob left = imports.run(jobId, progress -> {
            });

            assertThat(left.status()).as("a job another node holds is left to it").isEqualTo(ImportStatus.QUEUED);
            assertThat(left.rowsDone()).isZero();

            // The other node dies: PostgreSQL ends its session, which lets go of its lock.
            jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from pg_stat_activity"
                    + " where pid = ?", Long.class, pid) == 0);
            try (Statement probe = otherNode.createStatement()) {
                probe.execute("select 1");
            } catch (java.sql.SQLException expected) {
                // its session is gone: the pool drops the connection
            }
        }
        imports.start(jobId);

        ImportJob done = awaitDone(jobId);
        assertThat(done.rowsDone()).isEqualTo(450);
        assertThat(done.registered()).isEqualTo(450);
        assertRegisteredOnce(done, 450);
    }

    @Test
    void two_runners_of_one_job_at_once_count_every_row_once() throws Exception {
        String jobId = "import-" + UUID.randomUUID();
        ImportJob queued;
        CyclicBarrier together = new CyclicBarrier(2);
        // Held until both runners are ready, so that neither can run it before the other one tries.
        try (ImportJobLocks.Held gate = locks.tryTake(jobId).orElseThrow()) {
            queued = queue(jobId, 1000, 65_011_000);
        }
        List<CompletableFuture<ImportJob>> runners = List.of(
                CompletableFuture.supplyAsync(() -> runTogether(jobId, together)),
                CompletableFuture.supplyAsync(() -> runTogether(jobId, together)));
        for (CompletableFuture<ImportJob> runner : runners) {
            runner.get();
        }

        ImportJob done = awaitDone(queued.jobId());
        assertThat(done.rowsDone()).isEqualTo(1000);
        assertThat(done.registered() + done.alreadyRegistered() + done.rejected()).isEqualTo(1000);
        assertThat(done.registered()).isEqualTo(1000);
        assertRegisteredOnce(done, 1000);
    }

    @Test
    void rows_already_counted_by_another_runner_are_not_counted_again() {
        String jobId = "import-" + UUID.randomUUID();
        // Held all along, so that this node's look for left-over jobs leaves the job alone.
        try (ImportJobLocks.Held held = locks.tryTake(jobId).orElseThrow()) {
            queue(jobId, 3, 65_012_000);
            TransactionTemplate transaction = new TransactionTemplate(transactionManager);
            transaction.executeWithoutResult(tx -> jobs.recordProgress(jobId, 2, 3, 2, 2, 0, 0, List.of()));

            assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> jobs.recordProgress(jobId, 3, 4, 2, 2, 0,
                    0, List.of()))).isInstanceOf(ImportJobs.JobTakenOver.class);

            ImportJob job = jobs.find(jobId).orElseThrow();
            assertThat(job.rowsDone()).isEqualTo(2);
            assertThat(job.lastLine()).isEqualTo(3);
            assertThat(held.stillHeld()).isTrue();
            assertThat(locks.tryTake(jobId)).as("a second session").isEmpty();
            jobs.markFailed(jobId, "a test's job, never to run", java.time.Instant.now());
        }
    }

    private ImportJob runTogether(String jobId, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return imports.run(jobId, progress -> {
        });
    }

    /** A QUEUED job of {@code rows} good rows, spooled as {@link WorkerImports#submit} spools an upload. */
    private ImportJob queue(String jobId, int rows, long firstSeed) {
        StringBuilder text = new StringBuilder(SurveyFiles.HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            text.append(SurveyFiles.row(firstSeed + i, 650103)).append('\n');
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
        return jobs.create(jobId, CENTRE, OFFICER, chunks -> {
            chunks.accept(file);
            return new ImportJobs.Spooled(sha256(file), file.length, rows + 1);
        });
    }

    /** Every row's idempotency row names a worker with exactly one event: nobody registered twice. */
    private void assertRegisteredOnce(ImportJob job, int rows) {
        List<String> workers = jdbc.queryForList("select aggregate_id from idempotent_request where idempotency_key"
                + " like ?", String.class, "import:" + CENTRE + ":" + job.fileSha256() + ":%");
        assertThat(workers).hasSize(rows).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = any(?)",
                Long.class, (Object) workers.toArray(String[]::new))).isEqualTo(rows);
    }

    private ImportJob awaitDone(String jobId) {
        ImportJob[] last = new ImportJob[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = jobs.find(jobId).orElseThrow();
            assertThat(last[0].status()).isNotEqualTo(ImportStatus.FAILED);
            return last[0].status() == ImportStatus.DONE;
        });
        return last[0];
    }

    private static int takeLockAs(Connection node, String jobId) throws Exception {
        try (var statement = node.prepareStatement("select pg_try_advisory_lock(?, hashtext(?)), pg_backend_pid()")) {
            statement.setInt(1, ImportJobLocks.KEY_SPACE);
            statement.setString(2, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
                return rs.getInt(2);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
