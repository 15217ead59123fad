package th.go.mol.oneplan.drive.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.DriveCommand;

import java.time.LocalDate;
import java.util.List;

/** Records an inspection visit (ตรวจราชการ) by an MOL inspector, with findings and recommendations. */
public record RecordInspection(@TargetAggregateIdentifier String driveId, String inspector, LocalDate businessDate,
                               String findings, List<String> recommendations, boolean lateRecord,
                               Recording recording) implements DriveCommand {
}
