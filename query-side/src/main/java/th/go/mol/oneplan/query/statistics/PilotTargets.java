package th.go.mol.oneplan.query.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A pilot programme's tambons against the target that at least 30% of each one's registered informal workers
 * reach a government service.
 *
 * @param targetPercent        30
 * @param pilotTambons         tambons designated as pilots so far (one per district)
 * @param tambonsMeetingTarget of them, those that meet the target
 * @param tambons              each pilot tambon, in district order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PilotTargets(String programmeId, int provinceCode, String provinceNameTh, int fiscalYear,
                           int targetPercent, int pilotTambons, int tambonsMeetingTarget,
                           List<PilotTambonTarget> tambons) {
}
