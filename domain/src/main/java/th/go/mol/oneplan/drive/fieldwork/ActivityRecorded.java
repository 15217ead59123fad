package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity under a plan project took place on the business date at the subdistrict named.
 *
 * @param fundedBy  the allocation the amount was spent from (see {@link PlanWork#fundedBy()}); added with
 *                  allocations, so an activity stored before reads it as {@code null}
 * @param workerIds the registered workers the activity served, each once; empty when it names none (added with
 *                  the register: an activity stored before reads it as {@code null}, made empty here)
 */
public record ActivityRecorded(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh,
                               int participants, long amountSpentSatang, Agency agency, String planProjectCode,
                               String description, LocalDate businessDate, boolean lateRecord,
                               Recording recording, AllocationRef fundedBy, List<String> workerIds)
        implements PlanWork {

    public ActivityRecorded {
        workerIds = workerIds == null ? List.of() : List.copyOf(workerIds);
    }

    /** An activity naming no registered worker. */
    public ActivityRecorded(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh,
                            int participants, long amountSpentSatang, Agency agency, String planProjectCode,
                            String description, LocalDate businessDate, boolean lateRecord, Recording recording,
                            AllocationRef fundedBy) {
        this(driveId, eventId, siteSubdistrictCode, siteNameTh, participants, amountSpentSatang, agency,
                planProjectCode, description, businessDate, lateRecord, recording, fundedBy, List.of());
    }

    /** An activity that spent nothing, or spent from its project's only allocation before allocations were named. */
    public ActivityRecorded(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh,
                            int participants, long amountSpentSatang, Agency agency, String planProjectCode,
                            String description, LocalDate businessDate, boolean lateRecord, Recording recording) {
        this(driveId, eventId, siteSubdistrictCode, siteNameTh, participants, amountSpentSatang, agency,
                planProjectCode, description, businessDate, lateRecord, recording, null);
    }

    /** This act spending from the allocation the budget rules found for it. */
    public ActivityRecorded spentFrom(AllocationRef allocation) {
        return new ActivityRecorded(driveId, eventId, siteSubdistrictCode, siteNameTh, participants,
                amountSpentSatang, agency, planProjectCode, description, businessDate, lateRecord, recording, allocation,
                workerIds);
    }

    @Override
    public int peopleServed() {
        return participants;
    }

    @Override
    public String documentReference() {
        return "activity at " + siteNameTh + " (" + siteSubdistrictCode + ") for project " + planProjectCode;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "activityDate" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode,
                    siteNameTh, participants, amountSpentSatang, agency, planProjectCode, description, c.dateValue(),
                    lateRecord, recording, fundedBy, workerIds);
            case "participants" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode, siteNameTh,
                    c.intValue(), amountSpentSatang, agency, planProjectCode, description, businessDate, lateRecord,
                    recording, fundedBy, workerIds);
            case "description" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode, siteNameTh,
                    participants, amountSpentSatang, agency, planProjectCode, c.textValue(), businessDate, lateRecord,
                    recording, fundedBy, workerIds);
            case "amountSpent" -> new ActivityRecorded(driveId, eventId, siteSubdistrictCode, siteNameTh,
                    participants, c.satangValue(), agency, planProjectCode, description, businessDate, lateRecord,
                    recording, fundedBy, workerIds);
            case "workerIds" -> throw c.referenceNotCorrectable("ActivityRecorded", CORRECTABLE);
            default -> throw c.notCorrectableOn("ActivityRecorded", CORRECTABLE);
        };
    }

    private static final String CORRECTABLE = "activityDate, participants, description, amountSpent";
}
