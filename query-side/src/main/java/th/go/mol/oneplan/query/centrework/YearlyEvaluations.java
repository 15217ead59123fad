package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A centre's yearly evaluations, by fiscal year. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record YearlyEvaluations(String centreId, List<YearlyEvaluationView> evaluations) {
}
