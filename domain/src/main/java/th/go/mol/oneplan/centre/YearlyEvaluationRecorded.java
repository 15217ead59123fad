package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/** The centre's work in the fiscal year (BE) was evaluated and its lessons drawn. */
public record YearlyEvaluationRecorded(String centreId, int fiscalYear, String summary, String lessonsLearned,
                                       LocalDate businessDate, Recording recording) {
}
