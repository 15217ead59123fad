package th.go.mol.oneplan.query.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * The national roll-up of KPI A2 for the inspection and evaluation bureau (สำนักตรวจและประเมินผล): how many
 * of the country's provinces opened a drive in the fiscal year and how many drives stand at each level.
 *
 * @param provinces             all provinces of Thailand (77)
 * @param drives                provinces with a drive this fiscal year
 * @param byLevel               drives by current level, "0" to "5", every level listed even when no drive is at it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiRollup(int fiscalYear, int provinces, int drives, int provincesWithoutDrive,
                        Map<String, Integer> byLevel) {
}
