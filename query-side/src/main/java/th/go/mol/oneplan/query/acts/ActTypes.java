package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.query.acts.columns.ActivityRecordedColumns;
import th.go.mol.oneplan.query.acts.columns.AgendaItemsSelectedColumns;
import th.go.mol.oneplan.query.acts.columns.BudgetReallocatedColumns;
import th.go.mol.oneplan.query.acts.columns.FieldVisitLoggedColumns;
import th.go.mol.oneplan.query.acts.columns.InspectionRecordedColumns;
import th.go.mol.oneplan.query.acts.columns.MeetingRecordedColumns;
import th.go.mol.oneplan.query.acts.columns.MonthlyReportSubmittedColumns;
import th.go.mol.oneplan.query.acts.columns.OneGoalSummarySubmittedColumns;
import th.go.mol.oneplan.query.acts.columns.PlanApprovedColumns;
import th.go.mol.oneplan.query.acts.columns.PlanDraftedColumns;
import th.go.mol.oneplan.query.acts.columns.PlanRevisedColumns;
import th.go.mol.oneplan.query.acts.columns.ProvincialDriveStartedColumns;
import th.go.mol.oneplan.query.acts.columns.WorkingGroupAmendedColumns;
import th.go.mol.oneplan.query.acts.columns.WorkingGroupAppointedColumns;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every kind of recorded act, by the simple class name stored in {@code drive_act_version.act_type} (the same name
 * a correction gives as {@code correctedEventType}), with the columns it is kept in ({@link ActColumns}). A new
 * act type must be listed here, with its mapper, to be kept and read back (ActTypesTest fails otherwise).
 */
public final class ActTypes {
    private static final Map<String, ActColumns<?>> BY_NAME = new LinkedHashMap<>();

    static {
        List.of(new ProvincialDriveStartedColumns(), new AgendaItemsSelectedColumns(),
                new WorkingGroupAppointedColumns(), new WorkingGroupAmendedColumns(), new MeetingRecordedColumns(),
                new PlanDraftedColumns(), new PlanRevisedColumns(), new PlanApprovedColumns(),
                new FieldVisitLoggedColumns(), new InspectionRecordedColumns(), new MonthlyReportSubmittedColumns(),
                new OneGoalSummarySubmittedColumns(), new ActivityRecordedColumns(), new BudgetReallocatedColumns())
                .forEach(columns -> BY_NAME.put(columns.type().getSimpleName(), columns));
    }

    private ActTypes() {
    }

    public static String nameOf(RecordedAct act) {
        return act.getClass().getSimpleName();
    }

    public static Class<? extends RecordedAct> byName(String name) {
        return columns(name).type();
    }

    /** How the kind of act named is kept in columns. */
    public static ActColumns<?> columns(String name) {
        ActColumns<?> columns = BY_NAME.get(name);
        if (columns == null) {
            throw new IllegalStateException("'" + name + "' is not a known kind of recorded act");
        }
        return columns;
    }

    public static List<Class<? extends RecordedAct>> all() {
        return BY_NAME.values().stream().<Class<? extends RecordedAct>>map(ActColumns::type).toList();
    }

    /** Every act type's tables, each once, in the order the kinds are listed. */
    public static List<String> tables() {
        LinkedHashSet<String> tables = new LinkedHashSet<>();
        BY_NAME.values().forEach(columns -> tables.addAll(columns.tables()));
        return List.copyOf(tables);
    }
}
