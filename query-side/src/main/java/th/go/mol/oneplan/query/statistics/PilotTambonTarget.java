package th.go.mol.oneplan.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * One pilot tambon against the target: the share of its registered workers who received at least one service.
 *
 * @param servedSharePercent servedWorkers of registeredWorkers in percent with one decimal; null when nobody is
 *                           registered yet
 * @param targetPercent      30
 * @param met                whether the exact share reaches the target (nobody registered: false)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PilotTambonTarget(int districtCode, String districtNameTh, int subdistrictCode,
                                String subdistrictNameTh, String centreId, long registeredWorkers,
                                long servedWorkers, BigDecimal servedSharePercent, int targetPercent, boolean met) {
}
