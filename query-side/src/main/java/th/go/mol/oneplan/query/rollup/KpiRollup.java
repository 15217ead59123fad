package th.go.mol.oneplan.query.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The national roll-up of KPI A2 for the inspection and evaluation bureau (สำนักตรวจและประเมินผล): how many
 * of the country's provinces opened a drive in the fiscal year, how many drives stand at each level, and which
 * provinces have not started.
 *
 * @param provinces             all provinces of Thailand (77)
 * @param drives                provinces with a drive this fiscal year
 * @param provincesWithoutDrive how many provinces have no drive this fiscal year
 * @param byLevel               drives by current level, "0" to "5", every level listed even when no drive is at it
 * @param withoutDrive          the provinces with no drive this fiscal year, by code (as many as
 *                              {@code provincesWithoutDrive})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiRollup(int fiscalYear, int provinces, int drives, int provincesWithoutDrive,
                        Map<String, Integer> byLevel, List<ProvinceWithoutDrive> withoutDrive) {

    /** A province that has not opened a drive in the fiscal year. */
    @Schema(name = "KpiRollupProvinceWithoutDrive")
    public record ProvinceWithoutDrive(int provinceCode, String provinceNameTh, String provinceNameEn) {
    }
}
