package th.go.mol.oneplan.drive.inspection;

import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.drive.RuleContext;

/** The rules of an inspection, as recorded or as corrected: a named inspector, findings, a day of the year. */
public final class InspectionRules {
    /** The limits the HTTP API also states. */
    public static final int INSPECTOR_MAX = 200;
    public static final int FINDINGS_MAX = 8000;
    public static final int RECOMMENDATIONS_MAX = 100;
    public static final int RECOMMENDATION_MAX = 4000;

    private InspectionRules() {
    }

    public static void check(InspectionRecorded inspection, RuleContext c) {
        c.date(inspection.businessDate(), inspection.lateRecord(), "inspectionDate");
        Require.text(inspection.inspector(), c.field("inspector"), INSPECTOR_MAX);
        Require.text(inspection.findings(), c.field("findings"), FINDINGS_MAX);
        Require.texts(inspection.recommendations(), "recommendations", RECOMMENDATIONS_MAX, RECOMMENDATION_MAX);
    }
}
