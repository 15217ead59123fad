package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measure 1: registration of workers through the real command path (rules, national-id uniqueness, idempotency,
 * encryption of personal data): a survey file per province uploaded to the import endpoint, and one
 * {@code POST .../workers} per worker from 8 clients. Reference: the same rows (the same 17 values, so the same size)
 * inserted with batched JDBC ({@code reWriteBatchedInserts}, batches of 200 as the import's) into a scratch table of
 * the same database, in the same run.
 */
final class RegistrationMeasure {
    private static final int BATCH = 200;
    /** National ids of the HTTP set start here, far from the import's. */
    private static final long HTTP_FIRST = 50_000_000_000L;

    private RegistrationMeasure() {
    }

    static void measure(Run run) throws Exception {
        byImport(run);
        double reference = batchedInsert(run);
        Figure imported = run.figures().get("register.import");
        run.add(Figure.against("register.import", imported.name(), imported.unit(), imported.value(), reference,
                "batched JDBC insert"));
        run.add(Figure.against("register.import.share", "Registration by CSV import, share of the batched insert",
                "workers/s", imported.value(), reference, "batched JDBC insert"));
        byHttp(run, reference);
        servicesMovesErasures(run);
    }

    private static void byImport(Run run) throws Exception {
        int[] shares = Workers.shares(run.provinces, run.options.importWorkers());
        List<String> jobs = new ArrayList<>();
        long number = 1;
        long rows = 0;
        // The service's clock (the same machine's) says when the last job finished: the harness may then look only
        // once a second, its polls cost the service little, and the figure does not depend on when it looked.
        Instant start = Instant.now();
        Instant finished = start;
        for (int p = 0; p < run.provinces.size(); p++) {
            Geography.Province province = run.provinces.get(p);
            if (shares[p] == 0) {
                continue;
            }
            List<Workers.Worker> workers = Workers.ofProvince(province, shares[p], number, run.options.seed(),
                    Run.FISCAL_YEAR);
            number += shares[p];
            rows += shares[p];
            String centre = Workers.centreId(Workers.centreSites(province).get(0), Run.FISCAL_YEAR);
            Api.Reply accepted = run.api.must(run.api.postCsv("/api/tambon-centres/" + centre + "/worker-imports",
                    run.officer(province.code()), Workers.csv(workers)), "the import of " + centre);
            jobs.add(accepted.json().get("jobId").asText());
        }
        long registered = 0;
        for (String job : jobs) {
            while (true) {
                JsonNode state = run.api.must(run.api.get("/api/worker-imports/" + job, run.adminToken), job).json();
                String status = state.get("status").asText();
                if (status.equals("DONE")) {
                    registered += state.get("registered").asLong();
                    Instant jobFinished = Instant.parse(state.get("finishedAt").asText());
                    finished = jobFinished.isAfter(finished) ? jobFinished : finished;
                    break;
                }
                if (status.equals("FAILED")) {
                    throw new IllegalStateException("import " + job + " failed: " + state);
                }
                Thread.sleep(1_000);
            }
        }
        double seconds = Duration.between(start, finished).toNanos() / 1e9;
        if (registered != rows) {
            run.log("the import registered " + registered + " of " + rows + " rows");
        }
        run.add(Figure.of("register.import", "Registration by CSV import (" + rows + " rows, " + jobs.size()
                + " files)", "workers/s", rows / seconds));
    }

    /** The reference: the same rows, generated again from the same seed, into a table with no rules. */
    private static double batchedInsert(Run run) throws SQLException {
        try (Statement s = run.jdbc.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS bench");
            s.execute("DROP TABLE IF EXISTS bench.worker_row");
            StringBuilder columns = new StringBuilder("line bigint primary key");
            for (String column : Workers.COLUMNS) {
                columns.append(", ").append(column).append(" text");
            }
            s.execute("CREATE TABLE bench.worker_row (" + columns + ")");
        }
        // A warm-up of 2,000 rows first: the harness's JIT, not the database, would otherwise set a small size's rate.
        insert(run, 2_000);
        try (Statement s = run.jdbc.createStatement()) {
            s.execute("TRUNCATE bench.worker_row");
        }
        long start = System.nanoTime();
        long rows = insert(run, Long.MAX_VALUE);
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static long insert(Run run, long limit) throws SQLException {
        int[] shares = Workers.shares(run.provinces, run.options.importWorkers());
        String insert = "INSERT INTO bench.worker_row VALUES (?" + ", ?".repeat(Workers.COLUMNS.length) + ")";
        long number = 1;
        try (BatchedInsert rows = new BatchedInsert(run.jdbc, insert, BATCH)) {
            for (int p = 0; p < run.provinces.size() && rows.rows() < limit; p++) {
                List<Workers.Worker> workers = Workers.ofProvince(run.provinces.get(p), shares[p], number,
                        run.options.seed(), Run.FISCAL_YEAR);
                for (Workers.Worker worker : workers) {
                    if (rows.rows() >= limit) {
                        break;
                    }
                    long n = number++;
                    rows.add(ps -> {
                        ps.setLong(1, n);
                        for (int c = 0; c < Workers.COLUMNS.length; c++) {
                            ps.setString(c + 2, worker.row()[c]);
                        }
                    });
                }
            }
            return rows.rows();
        }
    }

    private static void byHttp(Run run, double reference) throws InterruptedException {
        List<Workers.Worker> workers = Workers.generate(run.provinces, run.options.httpWorkers(), HTTP_FIRST,
                run.options.seed(), Run.FISCAL_YEAR);
        Latencies sent = Load.run(8, workers.size(), (n, client) -> {
            Workers.Worker worker = workers.get(n);
            Api.Reply reply = run.api.post("/api/tambon-centres/" + worker.centreId() + "/workers",
                    run.officer(worker.provinceCode()), Workers.registration(worker));
            if (!reply.ok()) {
                run.refused("registration", reply);
                return false;
            }
            synchronized (run.httpWorkers) {
                run.httpWorkers.add(new String[]{reply.json().get("workerId").asText(),
                        String.valueOf(worker.provinceCode()), worker.centreId(), worker.row()[7]});
            }
            return true;
        });
        run.add(Figure.against("register.http", "Registration by HTTP, 8 clients (" + workers.size() + " workers)",
                "workers/s", sent.perSecond(), reference, "batched JDBC insert"));
        run.add(Figure.of("register.http.p99", "Registration by HTTP, 8 clients, p99", "ms", sent.p99Millis()));
        run.add(Figure.of("register.http.errors", "Registration by HTTP, errors", "requests", sent.errors()));
    }

    /**
     * Not measured, but part of a realistic register: a service to 30% of the workers registered over HTTP (on their
     * province's drive), a move to another centre of the province for 5%, an erasure on request for 1%.
     */
    private static void servicesMovesErasures(Run run) throws InterruptedException {
        List<String[]> workers = new ArrayList<>(run.httpWorkers);
        workers.sort((a, b) -> a[0].compareTo(b[0]));
        int ce = Run.FISCAL_YEAR - 543;
        Latencies sent = Load.run(8, workers.size(), (n, client) -> {
            String[] w = workers.get(n);
            int province = Integer.parseInt(w[1]);
            String token = run.officer(province);
            int bucket = n % 100;
            Api.Reply reply = null;
            if (bucket < 30) {
                reply = run.api.post("/api/workers/" + w[0] + "/services", token, Api.JSON.createObjectNode()
                        .put("service", "SKILLS_TRAINING").put("agency", "SKILL_DEVELOPMENT_OFFICE")
                        .put("deliveredOn", ce + "-06-12").put("driveId", Run.driveId(province, Run.FISCAL_YEAR)));
            } else if (bucket < 35) {
                Geography.Province p = run.provinces.stream().filter(x -> x.code() == province).findFirst().orElseThrow();
                List<Integer> sites = Workers.centreSites(p);
                int site = sites.get(n % sites.size());
                var body = Api.JSON.createObjectNode();
                body.putObject("address").put("houseNumber", "9").put("villageNumber", 2).put("subdistrictCode", site);
                body.put("centreId", Workers.centreId(site, Run.FISCAL_YEAR)).put("movedOn", ce + "-07-01");
                reply = run.api.post("/api/workers/" + w[0] + "/moves", token, body);
            } else if (bucket == 35) {
                reply = run.api.post("/api/workers/" + w[0] + "/erasure", token, Api.JSON.createObjectNode()
                        .put("ground", "CONSENT_WITHDRAWN").put("requestedOn", ce + "-08-01")
                        .put("reference", "คำร้อง " + n + "/" + Run.FISCAL_YEAR));
            }
            if (reply != null && !reply.ok()) {
                run.refused("service, move or erasure", reply);
                return false;
            }
            return true;
        });
        if (sent.errors() > 0) {
            run.log(sent.errors() + " services, moves or erasures refused");
        }
    }
}
