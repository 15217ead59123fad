package th.go.mol.oneplan.query.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * Each province's reporting compliance in a fiscal year as of a day: the reports on time, late, missing and not
 * yet due, and the rate (on time over due; 1.0 while nothing is due).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportingCompliance(int fiscalYear, LocalDate asOf, List<Province> provinces) {

    public record Province(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                           long onTime, long late, long missing, long notYetDue, double complianceRate) {
    }
}
