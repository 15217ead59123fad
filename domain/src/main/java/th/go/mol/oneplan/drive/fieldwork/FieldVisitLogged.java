package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.plan.AllocationRef;

import java.time.LocalDate;
import java.util.List;

/** A field visit took place on the business date at the subdistrict named. */
public record FieldVisitLogged(String driveId, String eventId, int siteSubdistrictCode, String siteNameTh,
                               String venue, List<String> agenciesPresent, int peopleReached,
                               List<String> servicesDelivered, String planProjectCode, LocalDate businessDate,
                               boolean lateRecord, Recording recording, long amountSpentSatang,
                               AllocationRef fundedBy) implements PlanWork {
    /*
     * amountSpentSatang was added with budgets: a visit stored before it reads as having spent nothing (a
     * missing JSON field reads as 0), which is what such a visit recorded, so no upcaster is needed. fundedBy came
     * with allocations: a visit stored before reads it as null, meaning its project's only allocation.
     */
    public FieldVisitLogged {
        agenciesPresent = List.copyOf(agenciesPresent);
        servicesDelivered = List.copyOf(servicesDelivered);
        if (amountSpentSatang < 0) {
            throw new IllegalArgumentException("amountSpentSatang must not be negative");
        }
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
                amountSpentSatang, allocation);
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
                    lateRecord, recording, amountSpentSatang, fundedBy);
            case "venue" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, c.textValue(),
                    agenciesPresent, peopleReached, servicesDelivered, planProjectCode, businessDate, lateRecord,
                    recording, amountSpentSatang, fundedBy);
            case "peopleReached" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, venue,
                    agenciesPresent, c.intValue(), servicesDelivered, planProjectCode, businessDate, lateRecord,
                    recording, amountSpentSatang, fundedBy);
            case "amountSpent" -> new FieldVisitLogged(driveId, eventId, siteSubdistrictCode, siteNameTh, venue,
                    agenciesPresent, peopleReached, servicesDelivered, planProjectCode, businessDate, lateRecord,
                    recording, c.satangValue(), fundedBy);
            default -> throw c.notCorrectableOn("FieldVisitLogged", "visitDate, venue, peopleReached, amountSpent");
        };
    }
}
