package th.go.mol.oneplan.query.drives;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.drive.LeadOfficer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One province's drive in a list: who leads it, its KPI level and since when, and when anything was last
 * recorded for it.
 *
 * @param kpiLevelReachedOn the day the current level was reached; null at level 0
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveSummary(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                           int fiscalYear, LeadOfficer leadOfficer, int kpiLevel, LocalDate kpiLevelReachedOn,
                           Instant lastRecordedAt) {
}
