package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/**
 * {@link WorkingGroupAmended} in {@code drive_act_working_group_amended}: the members removed (by name) as an
 * array, the members added as child rows.
 */
public final class WorkingGroupAmendedColumns implements ActColumns<WorkingGroupAmended> {
    private static final String TABLE = "drive_act_working_group_amended";

    @Override
    public Class<WorkingGroupAmended> type() {
        return WorkingGroupAmended.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, WorkingGroupMemberRows.TABLE);
    }

    @Override
    public void write(ActWriter out, WorkingGroupAmended act) {
        out.row(TABLE, new ActRow().text("order_number", act.orderNumber())
                .texts("members_removed", act.membersRemoved()).text("reason", act.reason()));
        WorkingGroupMemberRows.write(out, act.membersAdded());
    }

    @Override
    public Map<VersionKey, WorkingGroupAmended> read(ActReader in) {
        Map<VersionKey, List<Member>> added = WorkingGroupMemberRows.read(in, this);
        return in.acts(this, TABLE, (rs, c) -> new WorkingGroupAmended(c.driveId(), c.eventId(),
                rs.getString("order_number"),
                added.getOrDefault(new VersionKey(c.eventId(), rs.getInt("version")), List.of()),
                Columns.texts(rs, "members_removed"), rs.getString("reason"), c.businessDate(), c.lateRecord(),
                c.recording()));
    }
}
