package th.go.mol.oneplan.drive.plan;

import org.axonframework.serialization.Revision;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/**
 * Version 1 of the One Plan was drafted.
 *
 * <p>Revision 2: each project carries a list of allocations; revision 1 (no revision) had one budget and source
 * per project and is upcast on reading.
 */
@Revision("2")
public record PlanDrafted(String driveId, String eventId, int version, String oneGoal, List<PlanProject> projects,
                          LocalDate businessDate, boolean lateRecord, Recording recording)
        implements PlanVersionRecorded {
    public PlanDrafted {
        projects = List.copyOf(projects);
    }

    @Override
    public String documentReference() {
        return "One Plan version " + version;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "writtenOn", "draftedOn" -> new PlanDrafted(driveId, eventId, version, oneGoal, projects,
                    c.dateValue(), lateRecord, recording);
            case "oneGoal" -> new PlanDrafted(driveId, eventId, version, c.textValue(), projects, businessDate,
                    lateRecord, recording);
            default -> throw c.notCorrectableOn("PlanDrafted", "writtenOn, oneGoal");
        };
    }
}
