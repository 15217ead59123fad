package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link WorkingGroupAppointed} in {@code drive_act_working_group_appointed}, its members as child rows. */
public final class WorkingGroupAppointedColumns implements ActColumns<WorkingGroupAppointed> {
    private static final String TABLE = "drive_act_working_group_appointed";

    @Override
    public Class<WorkingGroupAppointed> type() {
        return WorkingGroupAppointed.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, WorkingGroupMemberRows.TABLE);
    }

    @Override
    public void write(ActWriter out, WorkingGroupAppointed act) {
        out.row(TABLE, new ActRow().text("order_number", act.orderNumber()).text("signed_by", act.signedBy()));
        WorkingGroupMemberRows.write(out, act.members());
    }

    @Override
    public Map<VersionKey, WorkingGroupAppointed> read(ActReader in) {
        Map<VersionKey, List<Member>> members = WorkingGroupMemberRows.read(in, this);
        return in.acts(this, TABLE, (rs, c) -> new WorkingGroupAppointed(c.driveId(), c.eventId(),
                rs.getString("order_number"), rs.getString("signed_by"),
                members.getOrDefault(new VersionKey(c.eventId(), rs.getInt("version")), List.of()), c.businessDate(),
                c.lateRecord(), c.recording()));
    }
}
