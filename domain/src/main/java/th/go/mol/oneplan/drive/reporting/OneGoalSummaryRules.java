package th.go.mol.oneplan.drive.reporting;

import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.kpi.LevelStatus;

/**
 * The rules of the One Goal summary, as submitted or as corrected: one per drive, sent by a letter on or after
 * the day level 4 was reached, with its results and the people reached.
 */
public final class OneGoalSummaryRules {
    /** The limits the HTTP API also states. */
    public static final int LETTER_NUMBER_MAX = 100;
    public static final int RESULTS_MAX = 8000;
    public static final int PEOPLE_REACHED_MAX = 100_000_000;

    private OneGoalSummaryRules() {
    }

    public static void check(OneGoalSummarySubmitted summary, RuleContext c) {
        if (c.earlier().firstOf(OneGoalSummarySubmitted.class).isPresent()) {
            throw new RuleViolation("one-goal-summary-already-submitted",
                    "the One Goal summary is already submitted; fix a mistake in it with a correction");
        }
        Require.text(summary.letterNumber(), c.field("letterNumber"), LETTER_NUMBER_MAX);
        c.date(summary.businessDate(), summary.lateRecord(), "submittedOn");
        if (c.dateMoved() && !c.kpi().reachedBy(KpiLevel.LEVEL_4, summary.businessDate())) {
            LevelStatus level4 = c.kpi().level(KpiLevel.LEVEL_4);
            throw new RuleViolation("level-5-needs-level-4", "the One Goal summary (level 5) needs level 4 reached on"
                    + " or before " + summary.businessDate() + ": " + (level4.reached()
                    ? "level 4 was reached only on " + level4.reachedOn() : level4.unmetBecause()));
        }
        Require.between(summary.peopleReached(), c.field("peopleReached"), 0, PEOPLE_REACHED_MAX);
        Require.text(summary.results(), c.field("results"), RESULTS_MAX);
    }
}
