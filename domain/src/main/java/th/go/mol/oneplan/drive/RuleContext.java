package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.geography.Geography;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules of one act look at, so that the same rule class checks an act when it is recorded and again
 * as it would read after a correction: the drive's history as it would read, the acts recorded before the act
 * (what it was recorded after), the drive's year and province, the day of recording, and how an error names a
 * field: as the command does ({@code venue}), or as the correction did ({@code corrections.venue}).
 */
public final class RuleContext {
    private final DriveHistory history;
    private final DriveHistory earlier;
    private final FiscalYear fiscalYear;
    private final int provinceCode;
    private final Geography geography;
    private final Recording recording;
    private final List<String> correctedFields;
    private final boolean dateMoved;

    private RuleContext(DriveHistory history, DriveHistory earlier, FiscalYear fiscalYear, int provinceCode,
                        Geography geography, Recording recording, List<String> correctedFields, boolean dateMoved) {
        this.history = history;
        this.earlier = earlier;
        this.fiscalYear = fiscalYear;
        this.provinceCode = provinceCode;
        this.geography = geography;
        this.recording = recording;
        this.correctedFields = correctedFields;
        this.dateMoved = dateMoved;
    }

    /** For an act about to be recorded: it comes after everything the drive holds now. */
    public static RuleContext forNewAct(DriveHistory history, FiscalYear fiscalYear, int provinceCode,
                                        Geography geography, Recording recording) {
        return new RuleContext(history, history, fiscalYear, provinceCode, geography, recording, null, true);
    }

    /**
     * For an act as it would read after a correction.
     *
     * @param after     the history as it would read with the corrected act in place of the original
     * @param dateMoved whether the correction changes the act's business date
     */
    public static RuleContext forCorrection(DriveHistory after, String eventId, FiscalYear fiscalYear,
                                            int provinceCode, Geography geography, Recording recording,
                                            List<FieldCorrection> corrections, boolean dateMoved) {
        return new RuleContext(after, after.before(eventId), fiscalYear, provinceCode, geography, recording,
                corrections.stream().map(FieldCorrection::field).toList(), dateMoved);
    }

    public boolean correction() {
        return correctedFields != null;
    }

    /**
     * Whether rules that place the act's date among other acts apply: always for a new act, and for a correction
     * when it moves the date. They are the KPI gates (a visit on or after an approved plan) and the plan in force
     * on the day (its projects and pilot sites). A correction that leaves the date alone is not refused because
     * other acts were corrected around it (an approval meeting re-dated, an order found unsigned): those
     * corrections are how a level is moved or lost, and a typo in the venue must stay correctable afterwards.
     */
    public boolean dateMoved() {
        return dateMoved;
    }

    /** The drive's acts as they would read (for a new act: as they read now, without it). */
    public DriveHistory history() {
        return history;
    }

    /** The acts recorded before the act checked, as they would read. */
    public DriveHistory earlier() {
        return earlier;
    }

    public KpiAssessment kpi() {
        return history.kpi();
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public int provinceCode() {
        return provinceCode;
    }

    public Geography geography() {
        return geography;
    }

    /**
     * How an error names a field of the act: the command's name, or for a correction {@code corrections.}
     * followed by the name the correction used (one of {@code aliases} when it corrected the field under another
     * name, e.g. {@code businessDate} for {@code visitDate}).
     */
    public String field(String name, String... aliases) {
        if (correctedFields == null) {
            return name;
        }
        for (String alias : aliases) {
            if (correctedFields.contains(alias)) {
                return "corrections." + alias;
            }
        }
        return "corrections." + name;
    }

    /**
     * The act's business date lies in the fiscal year (or is a late record near it) and is not in the future; see
     * {@link BusinessCalendar#checkBusinessDate}. Every act's date may also be corrected as {@code businessDate}.
     */
    public void date(LocalDate date, boolean lateRecord, String field, String... aliases) {
        String[] names = new String[aliases.length + 2];
        names[0] = field;
        names[1] = "businessDate";
        System.arraycopy(aliases, 0, names, 2, aliases.length);
        BusinessCalendar.checkBusinessDate(date, lateRecord, fiscalYear, recording, field(field, names));
    }
}
