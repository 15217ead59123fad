package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A district of a programme's province and its pilot tambon: the centre's id, subdistrict and the designation's
 * event; all null when the district has no pilot yet.
 *
 * @param established whether the pilot centre has been established (a designation names the centre to come)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DistrictPilot(int districtCode, String districtNameTh, boolean covered, String centreId,
                            Integer subdistrictCode, String subdistrictNameTh, LocalDate designatedOn,
                            boolean established, String eventId, String recordedBy, Instant recordedAt) {
}
