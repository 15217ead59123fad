package th.go.mol.oneplan.drive.workinggroup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/** Adds members to, or removes members (by name) from, the appointed working group by an amending order. */
public record AmendWorkingGroup(@TargetAggregateIdentifier String driveId, String orderNumber, LocalDate businessDate,
                                List<Member> membersAdded, List<String> membersRemoved, String reason,
                                boolean lateRecord, Recording recording) implements DriveCommand {
}
