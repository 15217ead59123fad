package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.query.budget.Figures;

import java.time.LocalDate;

/**
 * One province on the national board of a fiscal year. Everything but the province is null where there is nothing
 * to show: no drive, no budget in an approved plan, no reporting rules declared, no pilot programme.
 *
 * @param onTime           reports on time; with {@code due}, those due by today
 * @param complianceRate   on time over due, 0 to 1
 * @param districtsCovered districts with a pilot tambon, of {@code districts}
 */
public record BoardRow(int provinceCode, String provinceNameTh, String provinceNameEn, Region region,
                       String driveId, Integer kpiLevel, LocalDate reachedOn, Figures budget,
                       Long onTime, Long due, Double complianceRate, Integer districtsCovered, Integer districts) {

    public boolean hasDrive() {
        return driveId != null;
    }

    /** The share spent of what was allocated, 0 to 1; null with nothing allocated. */
    public Double spentShare() {
        return budget == null || budget.allocated().satang() <= 0 ? null
                : (double) budget.spent().satang() / budget.allocated().satang();
    }

    public Double coverage() {
        return districts == null || districts == 0 ? null : (double) districtsCovered / districts;
    }
}
