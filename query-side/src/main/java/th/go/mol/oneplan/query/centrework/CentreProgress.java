package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * Where a centre stands in its work.
 *
 * @param committeeComplete          its committee is appointed (with a chair, a labour volunteer and a
 *                                   local-government representative, as the domain requires)
 * @param qualityOfLifePlanSubmitted it has submitted at least one quality-of-life plan
 * @param funded                     at least one plan item is granted (by the decision in force)
 * @param openGrievances             grievances received and not yet resolved
 * @param oldestOpenGrievanceId      the open grievance received first; null when none is open
 * @param oldestOpenGrievanceAgeDays its age in days, to today in Asia/Bangkok
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentreProgress(String centreId, int subdistrictCode, int districtCode, int provinceCode,
                             boolean committeeComplete, boolean qualityOfLifePlanSubmitted, boolean funded,
                             int openGrievances, String oldestOpenGrievanceId, LocalDate oldestOpenGrievanceOn,
                             Long oldestOpenGrievanceAgeDays, LocalDate today) {
}
