package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/**
 * Records the funders' decisions (การอนุมัติงบประมาณ) on items of a quality-of-life plan, as decided on
 * {@code decidedOn}, the business date. An item is decided once; deciding it again is a correction and needs a
 * {@code correctionReason} (a mistyped amount, a decision reversed on appeal).
 */
public record RecordPlanFunding(@TargetAggregateIdentifier String centreId, String planId,
                                List<FundingDecision> decisions, LocalDate decidedOn, String correctionReason,
                                Recording recording) {
}
