package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.query.Columns;

import java.time.LocalDate;
import java.time.YearMonth;
import th.go.mol.oneplan.query.acts.ActColumns;
import th.go.mol.oneplan.query.acts.ActReader;
import th.go.mol.oneplan.query.acts.ActRow;
import th.go.mol.oneplan.query.acts.ActWriter;
import th.go.mol.oneplan.query.acts.VersionKey;

import java.util.List;
import java.util.Map;

/**
 * {@link MonthlyReportSubmitted} in {@code drive_act_monthly_report_submitted}: the form by its ministry code
 * (62-1), the months of the period as their first days.
 */
public final class MonthlyReportSubmittedColumns implements ActColumns<MonthlyReportSubmitted> {
    private static final String TABLE = "drive_act_monthly_report_submitted";

    @Override
    public Class<MonthlyReportSubmitted> type() {
        return MonthlyReportSubmitted.class;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public void write(ActWriter out, MonthlyReportSubmitted act) {
        out.row(TABLE, new ActRow().text("form", act.form() == null ? null : act.form().code())
                .date("period_from", firstDay(act.periodFrom())).date("period_to", firstDay(act.periodTo()))
                .text("letter_number", act.letterNumber()).text("summary", act.summary()));
    }

    @Override
    public Map<VersionKey, MonthlyReportSubmitted> read(ActReader in) {
        return in.acts(this, TABLE, (rs, c) -> {
            String form = rs.getString("form");
            return new MonthlyReportSubmitted(c.driveId(), c.eventId(), form == null ? null : ReportForm.ofCode(form),
                    month(Columns.date(rs, "period_from")), month(Columns.date(rs, "period_to")),
                    rs.getString("letter_number"), rs.getString("summary"), c.businessDate(), c.lateRecord(),
                    c.recording());
        });
    }

    static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    static YearMonth month(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay);
    }
}
