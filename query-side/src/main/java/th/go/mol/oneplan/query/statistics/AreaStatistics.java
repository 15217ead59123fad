package th.go.mol.oneplan.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.query.basis.Basis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The register's statistics of one area (the nation, a province, a district or a subdistrict), as kept when the
 * events arrived, or as they were at a basis (asOf, recordedAsOf). Workers count where they live now. Every breakdown lists every value, zeros included, in the
 * register's order.
 *
 * @param level              NATION, PROVINCE, DISTRICT or SUBDISTRICT
 * @param code               the official code (2, 4 or 6 digits); 0 for the nation
 * @param registeredWorkers  informal workers registered who live in the area
 * @param servedWorkers      of them, those who received at least one service (a worker served twice counts once)
 * @param servedSharePercent servedWorkers of registeredWorkers in percent, one decimal; null when none registered
 * @param servicesDelivered  services delivered in the area (where the worker lived that day)
 * @param byOccupation       registered workers by occupation group
 * @param byEducation        by highest education completed
 * @param bySex              by the sex the title implies (MALE, FEMALE, NOT_STATED)
 * @param byAgeBand          by age band on the day of registration
 * @param byNeed             workers asking for each kind of help (a worker may ask for several)
 * @param byProblem          workers reporting each problem (a worker may report several)
 * @param servicesByType     services delivered, by service
 * @param servicesByAgency   services delivered, by agency
 * @param centres            the tambon centres of the area and where they stand now; null in an answer at a basis
 *                           (asOf, recordedAsOf), which reads the register only
 * @param parts              the area's provinces, districts or subdistricts with their main figures; a
 *                           subdistrict has none
 * @param basis              what the answer was computed for: the clocks asked and the last event included
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AreaStatistics(String level, int code, String nameTh, String nameEn, long registeredWorkers,
                             long servedWorkers, BigDecimal servedSharePercent, long servicesDelivered,
                             Map<String, Long> byOccupation, Map<String, Long> byEducation, Map<String, Long> bySex,
                             Map<String, Long> byAgeBand, Map<String, Long> byNeed, Map<String, Long> byProblem,
                             Map<String, Long> servicesByType, Map<String, Long> servicesByAgency,
                             CentreFigures centres, List<AreaPart> parts, Basis basis) {
}
