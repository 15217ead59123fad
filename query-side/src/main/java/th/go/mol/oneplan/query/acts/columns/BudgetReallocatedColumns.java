package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/**
 * {@link BudgetReallocated} in {@code drive_act_budget_reallocated}, the two allocations in {@code from_*} and
 * {@code to_*} ({@link AllocationRefColumns}).
 */
public final class BudgetReallocatedColumns implements ActColumns<BudgetReallocated> {
    private static final String TABLE = "drive_act_budget_reallocated";

    @Override
    public Class<BudgetReallocated> type() {
        return BudgetReallocated.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, BudgetReallocated act) {
        ActRow row = new ActRow().text("from_project_code", act.fromProjectCode())
                .text("to_project_code", act.toProjectCode()).bigint("amount_satang", act.amountSatang())
                .text("reason", act.reason());
        AllocationRefColumns.write(row, "from", act.fromAllocation());
        AllocationRefColumns.write(row, "to", act.toAllocation());
        out.row(TABLE, row);
    }

    @Override
    public Map<VersionKey, BudgetReallocated> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new BudgetReallocated(c.driveId(), c.eventId(),
                rs.getString("from_project_code"), rs.getString("to_project_code"), rs.getLong("amount_satang"),
                rs.getString("reason"), c.businessDate(), c.lateRecord(), c.recording(),
                AllocationRefColumns.read(rs, "from"), AllocationRefColumns.read(rs, "to")));
    }
}
