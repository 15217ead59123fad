package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/** The evaluation of a centre's fiscal year (BE) and its lessons learned. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record YearlyEvaluationView(int fiscalYear, String summary, String lessonsLearned, LocalDate evaluatedOn,
                                   String eventId, String recordedBy, Instant recordedAt) {
}
