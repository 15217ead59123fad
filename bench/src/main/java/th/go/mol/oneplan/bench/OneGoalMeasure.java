package th.go.mol.oneplan.bench;

/**
 * Measure 5: the One Goal replay of a year for every province: {@code GET /api/drives/{id}/one-goal-summary} (JSON)
 * of each province's drive, one after the other, as the ministry's year-end collection does (docs/one-goal-summary.md).
 * The seconds for the provinces of the run, and scaled to 77 provinces for the target.
 */
final class OneGoalMeasure {
    private OneGoalMeasure() {
    }

    static void measure(Run run) throws InterruptedException {
        int provinces = run.provinces.size();
        Latencies summaries = Load.run(1, provinces, (n, c) -> {
            String drive = Run.driveId(run.provinces.get(n).code(), Run.FISCAL_YEAR);
            Api.Reply reply = run.api.get("/api/drives/" + drive + "/one-goal-summary", run.inspectorToken);
            if (!reply.ok()) {
                run.refused("one-goal-summary of " + drive, reply);
            }
            return reply.ok();
        });
        double seconds = summaries.wallNanos() / 1e9;
        run.add(Figure.of("onegoal", "One Goal replay of the year, " + provinces + " provinces", "s", seconds));
        run.add(Figure.of("onegoal.77", "One Goal replay of the year, scaled to 77 provinces", "s",
                seconds * 77 / provinces));
        if (summaries.errors() > 0) {
            run.add(Figure.of("onegoal.errors", "One Goal replay, errors", "requests", summaries.errors()));
        }
    }
}
