package th.go.mol.oneplan.drive.plan;

import org.axonframework.serialization.Revision;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/**
 * A new version of the One Plan was written, replacing {@code revisesVersion} once approved.
 *
 * <p>Revision 2: each project carries a list of allocations (see {@link PlanDrafted}).
 */
@Revision("2")
public record PlanRevised(String driveId, String eventId, int version, int revisesVersion, String reason,
                          String inspectionEventId, String oneGoal, List<PlanProject> projects, LocalDate businessDate,
                          boolean lateRecord, Recording recording) implements PlanVersionRecorded {
    public PlanRevised {
        projects = List.copyOf(projects);
    }

    @Override
    public String documentReference() {
        return "One Plan version " + version;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "writtenOn", "revisedOn" -> new PlanRevised(driveId, eventId, version, revisesVersion, reason,
                    inspectionEventId, oneGoal, projects, c.dateValue(), lateRecord, recording);
            case "reason" -> new PlanRevised(driveId, eventId, version, revisesVersion, c.textValue(),
                    inspectionEventId, oneGoal, projects, businessDate, lateRecord, recording);
            case "oneGoal" -> new PlanRevised(driveId, eventId, version, revisesVersion, reason, inspectionEventId,
                    c.textValue(), projects, businessDate, lateRecord, recording);
            default -> throw c.notCorrectableOn("PlanRevised", "writtenOn, reason, oneGoal");
        };
    }
}
