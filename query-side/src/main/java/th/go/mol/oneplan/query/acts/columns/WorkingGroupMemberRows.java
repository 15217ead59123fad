package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The members a working-group order lists (an appointment's members, an amendment's members added), in the
 * order's order, in {@code drive_act_working_group_member}.
 */
final class WorkingGroupMemberRows {
    static final String TABLE = "drive_act_working_group_member";

    private WorkingGroupMemberRows() {
    }

    static void write(ActWriter out, List<Member> members) {
        List<ActRow> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            rows.add(new ActRow().integer("ordinal", i + 1).text("name", m.name()).text("position", m.position())
                    .text("organisation", m.organisation()).name("sector", m.sector()).name("role", m.role()));
        }
        out.rows(TABLE, rows);
    }

    static Map<VersionKey, List<Member>> read(ActReader in, ActColumns<?> kind) {
        return in.lists(kind, TABLE, "t.ordinal", (rs, n) -> new Member(rs.getString("name"),
                rs.getString("position"), rs.getString("organisation"), Columns.name(rs, "sector", Sector.class),
                Columns.name(rs, "role", MemberRole.class)));
    }
}
