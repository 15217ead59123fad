package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/** {@link OneGoalSummarySubmitted} in {@code drive_act_one_goal_summary_submitted}. */
public final class OneGoalSummarySubmittedColumns implements ActColumns<OneGoalSummarySubmitted> {
    private static final String TABLE = "drive_act_one_goal_summary_submitted";

    @Override
    public Class<OneGoalSummarySubmitted> type() {
        return OneGoalSummarySubmitted.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, OneGoalSummarySubmitted act) {
        out.row(TABLE, new ActRow().text("letter_number", act.letterNumber()).text("results", act.results())
                .integer("people_reached", act.peopleReached()));
    }

    @Override
    public Map<VersionKey, OneGoalSummarySubmitted> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> new OneGoalSummarySubmitted(c.driveId(), c.eventId(),
                rs.getString("letter_number"), rs.getString("results"), rs.getInt("people_reached"), c.businessDate(),
                c.lateRecord(), c.recording()));
    }
}
