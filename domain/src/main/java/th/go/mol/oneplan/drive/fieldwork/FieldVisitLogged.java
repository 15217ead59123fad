package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;
import java.util.List;

/**
 * A field visit took place on the business date at the subdistrict named (the venue's tambon).
 *
 * @param centreId  the tambon centre the visit went to, whose own tambon may differ from the venue's; null when
 *                  the visit names none (and on every visit stored before visits could name one)
 * @param workerIds the registered workers the visit served, each once; empty when it names none (and on every
 *                  visit stored before visits could name them)
 */
public record FieldVisitLogged(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh,
                               String venue, List<String> agenciesPresent, int peopleReached,
                               List<String> servicesDelivered, String planProjectCode, LocalDate businessDate,
                               boolean lateRecord, Recording recording, long amountSpentSatang,
                               AllocationRef fundedBy, String centreId, List<String> workerIds) implements PlanWork {
    /*
     * amountSpentSatang was added with budgets: a visit stored before it reads as having spent nothing (a
     * missing JSON field reads as 0), which is what such a visit recorded, so no upcaster is needed. fundedBy came
     * with allocations: a visit stored before reads it as null, meaning its project's only allocation. centreId and
     * workerIds came with the register: a visit stored before reads them as null, i.e. no centre and no workers
     * named, which is what it recorded.
     */
    public FieldVisitLogged {
        agenciesPresent = List.copyOf(agenciesPresent);
        servicesDelivered = List.copyOf(servicesDelivered);
        workerIds = workerIds == null ? List.of() : List.copyOf(workerIds);
        if (amountSpentSatang < 0) {
            throw new IllegalArgumentException("amountSpentSatang must not be negative");
        }
    }

    /** A visit naming no centre and no registered worker. */
    public FieldVisitLogged(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh, String venue,
                            List<String> agenciesPresent, int peopleReached, List<String> servicesDelivered,
                            String planProjectCode, LocalDate businessDate, boolean lateRecord, Recording recording,
                            long amountSpentSatang, AllocationRef fundedBy) {
        this(driveId, eventId, siteSubdistrictCode, siteNameTh, venue, agenciesPresent, peopleReached,
                servicesDelivered, planProjectCode, businessDate, lateRecord, recording, amountSpentSatang, fundedBy,
                null, List.of());
    }

    /** A visit that spent nothing. */
    public FieldVisitLogged(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh, String venue,
                            List<String> agenciesPresent, int peopleReached, List<String> servicesDelivered,
                            String planProjectCode, LocalDate businessDate, boolean lateRecord, Recording recording) {
        this(driveId, eventId, siteSubdistrictCode, siteNameTh, venue, agenciesPresent, peopleReached,
                servicesDelivered, planProjectCode, businessDate, lateRecord, recording, 0L, null);
    }

    /** This act spending from the allocation the budget rules found for it. */
    public FieldVisitLogged spentFrom(AllocationRef allocation) {
        return new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, venue, agenciesPresent,
                peopleReached, servicesDelivered, planProjectCode, businessDate, lateRecord, recording,
                amountSpentSatang, allocation, centreId, workerIds);
    }

    @Override
    public int peopleServed() {
        return peopleReached;
    }

    @Override
    public String documentReference() {
        return "visit to " + siteNameTh + " (" + siteSubdistrictCode + ") for project " + planProjectCode;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate", "visitDate" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh,
                    venue, agenciesPresent, peopleReached, servicesDelivered, planProjectCode, c.dateValue(),
                    lateRecord, recording, amountSpentSatang, fundedBy, centreId, workerIds);
            case "venue" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, c.textValue(),
                    agenciesPresent, peopleReached, servicesDelivered, planProjectCode, businessDate, lateRecord,
                    recording, amountSpentSatang, fundedBy, centreId, workerIds);
            case "peopleReached" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, venue,
                    agenciesPresent, c.intValue(), servicesDelivered, planProjectCode, businessDate, lateRecord,
                    recording, amountSpentSatang, fundedBy, centreId, workerIds);
            case "amountSpent" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, venue,
                    agenciesPresent, peopleReached, servicesDelivered, planProjectCode, businessDate, lateRecord,
                    recording, c.satangValue(), fundedBy, centreId, workerIds);
            case "workerIds", "centreId" -> throw c.referenceNotCorrectable("FieldVisitLogged", CORRECTABLE);
            default -> throw c.notCorrectableOn("FieldVisitLogged", CORRECTABLE);
        };
    }

    private static final String CORRECTABLE = "visitDate, venue, peopleReached, amountSpent";
}
