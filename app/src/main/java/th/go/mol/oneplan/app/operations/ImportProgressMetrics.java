package th.go.mol.oneplan.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.workerimport.ImportStatus;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The register's imports as operators watch them: how many jobs wait and run, and the rows of those jobs done
 * against the rows their files hold. Totals over the unfinished jobs of every node (the jobs' table is shared),
 * never one series per job, so the number of series stays fixed however many files are uploaded. One query per
 * scrape.
 */
@Component
@Profile("!query")
public class ImportProgressMetrics implements MeterBinder {
    static final String JOBS = "oneplan.imports.jobs";
    static final String ROWS_EXPECTED = "oneplan.imports.rows.expected";
    static final String ROWS_DONE = "oneplan.imports.rows.done";
    private static final ImportStatus[] UNFINISHED = {ImportStatus.QUEUED, ImportStatus.RUNNING};

    private record Unfinished(Map<ImportStatus, Long> jobs, long rowsExpected, long rowsDone) {
    }

    private final Recent<Unfinished> unfinished;

    public ImportProgressMetrics(JdbcTemplate jdbc) {
        this.unfinished = new Recent<>(Duration.ofSeconds(1), () -> {
            Map<ImportStatus, Long> jobs = new EnumMap<>(ImportStatus.class);
            long[] rows = new long[2];
            jdbc.query("select status, count(*), coalesce(sum(rows_expected), 0), coalesce(sum(rows_done), 0)"
                    + " from worker_import_job where status in ('QUEUED', 'RUNNING') group by status", rs -> {
                jobs.put(ImportStatus.valueOf(rs.getString(1)), rs.getLong(2));
                rows[0] += rs.getLong(3);
                rows[1] += rs.getLong(4);
            });
            return new Unfinished(jobs, rows[0], rows[1]);
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ImportStatus status : UNFINISHED) {
            Gauge.builder(JOBS, this, m -> m.unfinished.get().jobs().getOrDefault(status, 0L))
                    .description("Import jobs of the register in this state")
                    .tag("status", status.name().toLowerCase())
                    .register(registry);
        }
        Gauge.builder(ROWS_EXPECTED, this, m -> m.unfinished.get().rowsExpected())
                .description("Rows in the files of the import jobs queued or running")
                .register(registry);
        Gauge.builder(ROWS_DONE, this, m -> m.unfinished.get().rowsDone())
                .description("Rows of the import jobs queued or running already registered, found registered or reported")
                .register(registry);
    }
}
