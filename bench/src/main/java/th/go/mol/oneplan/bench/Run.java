package th.go.mol.oneplan.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the measures of one run of the service share: its API and users' tokens, the harness's own JDBC connection
 * to the same database (for the references), the data set, and the figures measured so far.
 */
final class Run {
    /** The fiscal year (BE) of the national data set: every province's full drive, the register, the board. */
    static final int FISCAL_YEAR = 2562;

    final String label;
    final Options options;
    final Api api;
    final Service service;
    final Connection jdbc;
    final Geography geography;
    final List<Geography.Province> provinces;
    final DriveScript script;
    final HeapSampler heap;
    private final DatabaseServer server;
    private final String database;
    String adminToken;
    String inspectorToken;
    final Map<Integer, String> officerTokens = new HashMap<>();
    /** Workers registered over HTTP, by id, with their province: services, moves and erasures pick from them. */
    final List<String[]> httpWorkers = new ArrayList<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();

    Run(String label, Options options, Api api, Service service, Connection jdbc, Geography geography,
        List<Geography.Province> provinces, DriveScript script, HeapSampler heap, DatabaseServer server,
        String database) {
        this.server = server;
        this.database = database;
        this.label = label;
        this.options = options;
        this.api = api;
        this.service = service;
        this.jdbc = jdbc;
        this.geography = geography;
        this.provinces = provinces;
        this.script = script;
        this.heap = heap;
    }

    /** Another connection of the harness's own to the run's database. */
    Connection connect() throws java.sql.SQLException {
        return server.connect(database);
    }

    static String driveId(int provinceCode, int fiscalYear) {
        return "%02d-%d".formatted(provinceCode, fiscalYear);
    }

    String officer(int provinceCode) {
        return officerTokens.get(provinceCode);
    }

    void add(Figure figure) {
        figures.put(figure.key(), figure);
        String reference = figure.reference() == null ? ""
                : "   (reference %s: %s, ratio %s)".formatted(figure.referenceName(), Report.number(figure.reference()),
                Report.percent(figure.ratio()));
        System.out.printf("  [%s] %-55s %12s %s%s%n", label, figure.name(), Report.number(figure.value()),
                figure.unit(), reference);
    }

    Map<String, Figure> figures() {
        return figures;
    }

    /** A request the service refused during a measure: the first 20 are printed, the rest only counted. */
    void refused(String what, Api.Reply reply) {
        int n = refusals.incrementAndGet();
        if (n <= 20) {
            System.err.printf("  [%s] %s: %d %s%n", label, what, reply.status(), reply.body());
        } else if (n == 21) {
            System.err.printf("  [%s] more refusals are not printed%n", label);
        }
    }

    void log(String message) {
        System.out.printf("[%s] %s%n", label, message);
    }
}
