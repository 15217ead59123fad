package th.go.mol.oneplan.drive.workinggroup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/**
 * Appoints the One Plan working group (คณะทำงาน) by a signed provincial order (คำสั่งจังหวัด). The business
 * date is the order's date. This is what KPI level 1 rests on.
 */
public record AppointWorkingGroup(@TargetAggregateIdentifier String driveId, String orderNumber, LocalDate businessDate,
                                  String signedBy, List<Member> members, boolean lateRecord, Recording recording)
        implements DriveCommand {
}
