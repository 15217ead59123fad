package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Records the centre's yearly evaluation (ประเมินผล/รายงานผล, source l.2432-2438) for a fiscal year: what was done,
 * the shortcomings and obstacles to fix next year, and the lessons learned (ถอดบทเรียน, l.2440-2446) to spread to
 * every tambon. The business date is the day of the evaluation.
 */
public record RecordYearlyEvaluation(@TargetAggregateIdentifier String centreId, int fiscalYear, String summary,
                                     String lessonsLearned, LocalDate evaluatedOn, Recording recording) {
}
