package th.go.mol.oneplan.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * A registered worker moved to a new address, possibly in another tambon and so to another centre's register.
 * The business date is the day of the move.
 */
public record MoveWorker(@TargetAggregateIdentifier String workerId, Address address, String centreId,
                         LocalDate movedOn, Recording recording) {
}
