package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pilot programme and how far it covers its province: every district of the province (from the geography), with
 * its pilot centre or none.
 *
 * @param districts        the province's districts
 * @param districtsCovered those with a pilot designated
 * @param eventId          the event that declared the programme
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProgrammeCoverage(String programmeId, int provinceCode, String provinceNameTh, int fiscalYear,
                                String name, LocalDate declaredOn, String eventId, String recordedBy,
                                Instant recordedAt, int districts, int districtsCovered,
                                List<DistrictPilot> coverage) {
    public ProgrammeCoverage {
        coverage = List.copyOf(coverage);
    }
}
