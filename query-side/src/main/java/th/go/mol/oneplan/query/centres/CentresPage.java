package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A page of a province's tambon centres in subdistrict order, with the filters it was asked for. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentresPage(int provinceCode, Integer fiscalYear, Boolean pilot, int page, int size, long totalCentres,
                          List<CentreSummary> centres) {
    public CentresPage {
        centres = List.copyOf(centres);
    }
}
