package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link AgendaItemsSelected} in {@code drive_act_agenda_items_selected}, the items as an array. */
public final class AgendaItemsSelectedColumns implements ActColumns<AgendaItemsSelected> {
    private static final String TABLE = "drive_act_agenda_items_selected";

    @Override
    public Class<AgendaItemsSelected> type() {
        return AgendaItemsSelected.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, AgendaItemsSelected act) {
        out.row(TABLE, new ActRow().integers("items", act.items()).text("meeting_number", act.meetingNumber()));
    }

    @Override
    public Map<VersionKey, AgendaItemsSelected> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new AgendaItemsSelected(c.driveId(), c.eventId(),
                Columns.integers(rs, "items"), rs.getString("meeting_number"), c.businessDate(), c.lateRecord(),
                c.recording()));
    }
}
