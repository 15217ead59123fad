package th.go.mol.oneplan.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A part of an area (a province of the nation, a district of a province, a subdistrict of a district) with its
 * main figures; its own statistics are at /api/register/statistics/{provinces|districts|subdistricts}/{code}.
 *
 * @param servedSharePercent null when nobody is registered
 * @param centres            tambon centres established in the part; null in an answer at a basis (asOf,
 *                           recordedAsOf), which reads the register only
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AreaPart(String level, int code, String nameTh, long registeredWorkers, long servedWorkers,
                       BigDecimal servedSharePercent, long servicesDelivered, Long centres) {
}
