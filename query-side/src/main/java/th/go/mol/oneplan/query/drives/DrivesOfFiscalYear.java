package th.go.mol.oneplan.query.drives;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The drives of one fiscal year, ordered by province code. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DrivesOfFiscalYear(int fiscalYear, List<DriveSummary> drives) {
    public DrivesOfFiscalYear {
        drives = List.copyOf(drives);
    }
}
