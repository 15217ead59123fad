package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/** A line of a province's list of tambon centres; the centre itself is at /api/tambon-centres/{centreId}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentreSummary(String centreId, int subdistrictCode, String subdistrictNameTh, int districtCode,
                            String districtNameTh, String venueName, LocalDate establishedOn, boolean pilot,
                            String programmeId, int fiscalYear, int committeeMembers, boolean committeeComplete,
                            int mentors) {
}
