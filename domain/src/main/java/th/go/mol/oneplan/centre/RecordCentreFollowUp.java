package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Records a follow-up of the centre's progress (การติดตามความก้าวหน้า, source l.2420-2430), usually a visit of the
 * core team, at a stage of the PDCA cycle: what was found and what comes next. The business date is the day of the
 * follow-up.
 */
public record RecordCentreFollowUp(@TargetAggregateIdentifier String centreId, PdcaStage stage,
                                   LocalDate followedUpOn, String findings, String nextSteps, Recording recording) {
}
