package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/**
 * Submits the centre's quality-of-life plan (แผนพัฒนาคุณภาพชีวิตแรงงานนอกระบบ, source l.2406-2409) for a fiscal year,
 * written by its committee from the data gathered in the tambon, to ask funders for its items. The ledger numbers
 * the centre's plans ({@code plan-1}, {@code plan-2}, ...). The business date is the day of submission.
 */
public record SubmitQualityOfLifePlan(@TargetAggregateIdentifier String centreId, int fiscalYear, List<PlanItem> items,
                                      LocalDate submittedOn, Recording recording) {
}
