package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.query.ReadModelJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of recorded act, by the simple class name stored in {@code drive_act.event_type} (the same name
 * a correction gives as {@code correctedEventType}). A new act type must be listed here to be read back.
 */
public final class ActTypes {
    private static final Map<String, Class<? extends RecordedAct>> BY_NAME = new LinkedHashMap<>();

    static {
        List.of(ProvincialDriveStarted.class, AgendaItemsSelected.class, WorkingGroupAppointed.class,
                WorkingGroupAmended.class, MeetingRecorded.class, PlanDrafted.class, PlanRevised.class,
                PlanApproved.class, FieldVisitLogged.class, InspectionRecorded.class, MonthlyReportSubmitted.class,
                OneGoalSummarySubmitted.class, ActivityRecorded.class, BudgetReallocated.class).forEach(type -> BY_NAME.put(type.getSimpleName(), type));
    }

    private ActTypes() {
    }

    public static String nameOf(RecordedAct act) {
        return act.getClass().getSimpleName();
    }

    public static Class<? extends RecordedAct> byName(String name) {
        Class<? extends RecordedAct> type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalStateException("'" + name + "' is not a known kind of recorded act");
        }
        return type;
    }

    public static List<Class<? extends RecordedAct>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The act as stored in {@code drive_act.payload}. */
    public static RecordedAct read(String name, String payload) {
        return ReadModelJson.read(payload, byName(name));
    }
}
