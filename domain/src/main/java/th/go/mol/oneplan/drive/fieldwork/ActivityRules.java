package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.geography.SubdistrictRules;

/**
 * The rules of an activity (a training batch, a service day), as recorded or as corrected: on a day an approved
 * plan was in force, for a project of that version, with counts and texts within the API's limits.
 */
public final class ActivityRules {
    /** The limits the HTTP API also states. */
    public static final int DESCRIPTION_MAX = 1000;
    public static final int PARTICIPANTS_MAX = 1_000_000;

    private ActivityRules() {
    }

    public static void check(ActivityRecorded activity, RuleContext c) {
        c.date(activity.businessDate(), activity.lateRecord(), "activityDate");
        SubdistrictRules.inProvince(activity.siteSubdistrictCode(), c.provinceCode(), "siteSubdistrictCode",
                c.geography());
        String projectCode = Require.text(activity.planProjectCode(), "planProjectCode", PlanRules.PROJECT_CODE_MAX);
        Require.present(activity.agency(), "agency");
        Require.text(activity.description(), c.field("description"), DESCRIPTION_MAX);
        Require.between(activity.participants(), c.field("participants"), 0, PARTICIPANTS_MAX);
        if (c.dateMoved()) {
            if (!c.kpi().reachedBy(KpiLevel.LEVEL_2, activity.businessDate())) {
                throw new RuleViolation("activity-needs-approved-plan", "activities carry out an approved One Plan;"
                        + " none was approved on or before " + activity.businessDate());
            }
            PlanRules.projectInForce(c.history(), projectCode, activity.businessDate());
        }
        PlanWorkRules.amount(activity.amountSpentSatang(), c);
        WorkersServedRules.distinct(activity.workerIds(), "workerIds");
    }
}
