package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;

/** The read models' state as {@code GET /api/admin/projections} reports it (docs/rebuilds.md). */
final class Projections {
    private Projections() {
    }

    static JsonNode status(Run run) {
        return run.api.must(run.api.get("/api/admin/projections", run.adminToken), "projections").json()
                .get("projections");
    }

    /** Waits until every read model has handled every event stored so far, so that queries read the whole data. */
    static void awaitCaughtUp(Run run, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (JsonNode p : status(run)) {
                all &= p.path("caughtUp").asBoolean(false);
            }
            if (all) {
                return;
            }
            Thread.sleep(200);
        }
        run.log("read models not caught up after " + timeoutSeconds + " s; measuring anyway");
    }
}
