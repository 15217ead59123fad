package th.go.mol.oneplan.query.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Every province's reports still missing past their due date, as of a day.
 *
 * @param reports      the drives' missing reports, by province then period
 * @param withoutDrive the provinces that owe reports but have no drive in the year, so have reported nothing: each
 *                     once, by code (they have no drive, hence no entry in {@code reports})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OverdueReports(int fiscalYear, LocalDate asOf, List<Overdue> reports,
                             List<ProvinceWithoutDrive> withoutDrive) {

    /** The reason given for a province in {@code withoutDrive}. */
    public static final String NO_DRIVE = "no-drive";

    public record Overdue(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                          YearMonth periodFrom, YearMonth periodTo, LocalDate dueDate, long daysOverdue) {
    }

    /**
     * A province without a drive in the year, by the day when at least one report was due.
     *
     * @param reason        always {@code no-drive}: the province never started, so none of its reports exists
     * @param reportsDue    the reports due by the day under the rules in force, every one of them missing
     * @param firstDueDate  the due date of the first of them
     * @param daysOverdue   days since that first due date
     */
    @Schema(name = "OverdueProvinceWithoutDrive")
    public record ProvinceWithoutDrive(int provinceCode, String provinceNameTh, String provinceNameEn,
                                       String reason, int reportsDue, LocalDate firstDueDate, long daysOverdue) {
    }
}
