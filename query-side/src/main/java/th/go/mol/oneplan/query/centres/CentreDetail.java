package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A tambon centre, its committee as it reads now and its core-team mentors.
 *
 * @param committeeComplete whether the committee keeps the composition rules: exactly one chair, at least one tambon
 *                          labour volunteer and one local-government representative (false when none is appointed)
 * @param eventId           the event that established the centre
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentreDetail(String centreId, int subdistrictCode, String subdistrictNameTh, int districtCode,
                           String districtNameTh, int provinceCode, String provinceNameTh, String venueKind,
                           String venueName, LocalDate establishedOn, boolean pilot, String programmeId,
                           int fiscalYear, String eventId, String recordedBy, Instant recordedAt,
                           boolean committeeComplete, List<CommitteeSeat> committee, List<CentreMentor> mentors) {
    public CentreDetail {
        committee = List.copyOf(committee);
        mentors = List.copyOf(mentors);
    }
}
