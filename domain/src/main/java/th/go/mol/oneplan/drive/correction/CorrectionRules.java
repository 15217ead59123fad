package th.go.mol.oneplan.drive.correction;

import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.AgendaItemsRules;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.DriveStartRules;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.budget.BudgetRules;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.ActivityRules;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitRules;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.inspection.InspectionRules;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingRules;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.drive.reporting.MonthlyReportRules;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummaryRules;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupRules;

/**
 * A correction is held to the rules the act was recorded under: the act as it would read is checked by its own
 * rule class, against the drive as it would read, as if it were recorded so; then the acts whose order rests on
 * it (amendments after the appointment, revisions and approvals after the version) are checked again. A
 * corrected amount stays within the allocation it was spent from (see {@link BudgetRules#correctedSpending}).
 *
 * <p>Gates of the KPI levels are checked for the corrected act itself (a visit moved before any approval is
 * refused), not for the acts after it: a correction of an earlier act that takes a level away or moves it (an
 * order found unsigned, a meeting re-dated) is what corrections are for, and the KPI records the loss.
 */
public final class CorrectionRules {
    private CorrectionRules() {
    }

    /**
     * @param before the drive's history as it reads now
     * @param c      the context of the corrected act (the history as it would read with it)
     */
    public static void check(RecordedAct original, RecordedAct corrected, DriveHistory before, RuleContext c) {
        if (corrected instanceof ProvincialDriveStarted started) {
            DriveStartRules.check(started, c);
        } else if (corrected instanceof AgendaItemsSelected selected) {
            AgendaItemsRules.check(selected, c);
        } else if (corrected instanceof WorkingGroupAppointed appointed) {
            WorkingGroupRules.appointment(appointed, c);
        } else if (corrected instanceof WorkingGroupAmended amended) {
            WorkingGroupRules.amendment(amended, c);
        } else if (corrected instanceof MeetingRecorded meeting) {
            MeetingRules.check(meeting, c);
        } else if (corrected instanceof PlanDrafted draft) {
            PlanRules.drafted(draft, c);
        } else if (corrected instanceof PlanRevised revision) {
            PlanRules.revised(revision, c);
        } else if (corrected instanceof FieldVisitLogged visit) {
            FieldVisitRules.check(visit, c);
        } else if (corrected instanceof ActivityRecorded activity) {
            ActivityRules.check(activity, c);
        } else if (corrected instanceof BudgetReallocated reallocation) {
            BudgetRules.reallocated(reallocation, c);
        } else if (corrected instanceof InspectionRecorded inspection) {
            InspectionRules.check(inspection, c);
        } else if (corrected instanceof MonthlyReportSubmitted report) {
            MonthlyReportRules.check(report, c);
        } else if (corrected instanceof OneGoalSummarySubmitted summary) {
            OneGoalSummaryRules.check(summary, c);
        } else {
            throw new RuleViolation("correctable-act", corrected.getClass().getSimpleName() + " has no rules to"
                    + " check a correction against");
        }
        if (corrected instanceof PlanWork work && work.amountSpentSatang() != ((PlanWork) original).amountSpentSatang()) {
            BudgetRules.correctedSpending(DriveBudget.of(before), DriveBudget.of(c.history()), (PlanWork) original, work);
        }
        if (corrected.businessDate().equals(original.businessDate())) {
            return;
        }
        if (corrected instanceof WorkingGroupAppointed) {
            WorkingGroupRules.amendmentsFollowAppointment(c.history());
        }
        if (corrected instanceof PlanDrafted || corrected instanceof PlanRevised || corrected instanceof MeetingRecorded) {
            PlanRules.versionsAndApprovalsInOrder(c.history());
        }
    }
}
