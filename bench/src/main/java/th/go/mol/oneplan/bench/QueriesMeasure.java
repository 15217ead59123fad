package th.go.mol.oneplan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Measure 4: query latency p50/p99 at 1, 16 and 64 concurrent clients over HTTP, from outside the service's JVM,
 * once every read model has caught up: the national board (the KPI roll-up of the year's drives), one drive's KPI
 * with its evidence, one page of a drive's audit trail, one subdistrict's register statistics. Reference: the
 * health endpoint's latency at the same client count, in the same run (what any request costs: HTTP, the servlet
 * stack, the security filters). Errors (anything but 200) are counted.
 */
final class QueriesMeasure {
    static final int[] CLIENTS = {1, 16, 64};

    private QueriesMeasure() {
    }

    static void measure(Run run) throws InterruptedException {
        Projections.awaitCaughtUp(run, 300);
        List<String> drives = new ArrayList<>();
        List<Integer> subdistricts = new ArrayList<>();
        for (Geography.Province province : run.provinces) {
            drives.add(Run.driveId(province.code(), Run.FISCAL_YEAR));
            subdistricts.addAll(Workers.centreSites(province));
        }
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        queries.put("board", n -> "/api/kpi/rollup?fiscalYear=" + Run.FISCAL_YEAR);
        queries.put("kpi", n -> "/api/drives/" + drives.get(n % drives.size()) + "/kpi");
        queries.put("audit", n -> "/api/drives/" + drives.get(n % drives.size()) + "/audit?page=0&size=50");
        queries.put("statistics", n -> "/api/register/statistics/subdistricts/" + subdistricts.get(n % subdistricts.size()));
        Map<String, String> names = Map.of("board", "National board (KPI roll-up of the year)",
                "kpi", "One drive's KPI with evidence", "audit", "One audit page (50 lines)",
                "statistics", "One subdistrict's statistics");
        for (int clients : CLIENTS) {
            int requests = Math.max(run.options.queriesPerLevel(), clients * 2);
            Latencies health = Load.run(clients, requests, (n, c) -> run.api.get("/actuator/health", null).ok());
            int errors = health.errors();
            for (Map.Entry<String, IntFunction<String>> query : queries.entrySet()) {
                Latencies measured = Load.run(clients, requests, (n, c) -> {
                    Api.Reply reply = run.api.get(query.getValue().apply(n), run.inspectorToken);
                    if (reply.status() != 200) {
                        run.refused(query.getValue().apply(n), reply);
                    }
                    return reply.status() == 200;
                });
                errors += measured.errors();
                String key = "query." + query.getKey() + "." + clients;
                String name = names.get(query.getKey()) + ", " + clients + " client" + (clients == 1 ? "" : "s");
                run.add(Figure.against(key + ".p50", name + ", p50", "ms", measured.p50Millis(), health.p50Millis(),
                        "health p50"));
                run.add(Figure.against(key + ".p99", name + ", p99", "ms", measured.p99Millis(), health.p99Millis(),
                        "health p99"));
            }
            run.add(Figure.of("query.errors." + clients, "Query errors, " + clients + " client" + (clients == 1 ? "" : "s")
                    + " (" + requests * (queries.size() + 1) + " requests)", "requests", errors));
        }
    }
}
