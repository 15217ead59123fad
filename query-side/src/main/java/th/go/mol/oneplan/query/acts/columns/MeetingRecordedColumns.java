package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link MeetingRecorded} in {@code drive_act_meeting_recorded}, attendees and resolutions as arrays. */
public final class MeetingRecordedColumns implements ActColumns<MeetingRecorded> {
    private static final String TABLE = "drive_act_meeting_recorded";

    @Override
    public Class<MeetingRecorded> type() {
        return MeetingRecorded.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, MeetingRecorded act) {
        out.row(TABLE, new ActRow().text("meeting_number", act.meetingNumber()).name("meeting_type", act.meetingType())
                .text("chair", act.chair()).texts("attendees", act.attendees())
                .texts("resolutions", act.resolutions()));
    }

    @Override
    public Map<VersionKey, MeetingRecorded> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new MeetingRecorded(c.driveId(), c.eventId(),
                rs.getString("meeting_number"), Columns.name(rs, "meeting_type", MeetingType.class),
                rs.getString("chair"), Columns.texts(rs, "attendees"), Columns.texts(rs, "resolutions"),
                c.businessDate(), c.lateRecord(), c.recording()));
    }
}
