package th.go.mol.oneplan.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * The tambon centres of an area and where they stand, kept as the centres' events arrive.
 *
 * @param established                 centres established
 * @param committeeComplete           of them, with their committee appointed (chair, labour volunteer and
 *                                    local-government representative, as the domain requires)
 * @param qualityOfLifePlanSubmitted  with at least one quality-of-life plan submitted
 * @param funded                      with at least one plan item granted
 * @param openGrievances              grievances received and not resolved
 * @param oldestOpenGrievanceCentreId the centre of the open grievance received first; null when none is open
 * @param oldestOpenGrievanceAgeDays  its age in days, to today in Asia/Bangkok
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentreFigures(long established, long committeeComplete, long qualityOfLifePlanSubmitted, long funded,
                            long openGrievances, String oldestOpenGrievanceCentreId, String oldestOpenGrievanceId,
                            LocalDate oldestOpenGrievanceOn, Long oldestOpenGrievanceAgeDays) {
}
