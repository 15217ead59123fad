package th.go.mol.oneplan.query.detail;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.query.basis.Basis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A province's drive as it reads now: every recorded act with its corrections applied, grouped the way an
 * officer or inspector reads a dossier. Each item names its event id; {@code corrected} and
 * {@code correctedBy} (the correction events' ids) show where a correction changed it. Each act's date is
 * given under its own name (orderDate, meetingDate, ...) and as {@code businessDate}.
 *
 * <p>The top-level {@code eventId}, {@code corrected} and {@code correctedBy} are those of the drive's start
 * (the lead officer's assignment).
 *
 * @param kpiLevel       the KPI level the acts below reach, 0 to 5
 * @param registeredWorkersServed the registered workers the drive served, each counted once however many visits,
 *                       activities and services reached them: those named by its field visits and activities and
 *                       those whose service in the register names the drive
 * @param oneGoalSummary null until the One Goal summary is submitted
 * @param workingGroup   null until the working group is appointed
 * @param basis          the clocks the answer was read at (docs/time-travel.md); null from the pure assembler
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveDetail(String driveId, String eventId, int provinceCode, String provinceNameTh,
                          String provinceNameEn, int fiscalYear, LeadOfficer leadOfficer, LocalDate leadAssignedOn,
                          boolean lateRecord, boolean corrected, List<String> correctedBy, int kpiLevel,
                          @Schema(description = "Registered workers the drive served, each counted once however"
                                  + " many visits, activities and services reached them: the workers its field"
                                  + " visits and activities name and those whose service in the register names"
                                  + " this drive")
                          long registeredWorkersServed,
                          List<AgendaSelection> agendaItems, WorkingGroup workingGroup, List<Meeting> meetings,
                          Plan plan, List<FieldVisit> fieldVisits, List<Activity> activities,
                          List<Inspection> inspections,
                          List<MonthlyReport> monthlyReports, OneGoalSummary oneGoalSummary,
                          @Schema(description = "The clocks the answer was computed for and the last event it includes")
                          Basis basis) {

    /** The same detail, stating the basis it was read at. */
    public DriveDetail withBasis(Basis basis) {
        return new DriveDetail(driveId, eventId, provinceCode, provinceNameTh, provinceNameEn, fiscalYear, leadOfficer,
                leadAssignedOn, lateRecord, corrected, correctedBy, kpiLevel, registeredWorkersServed, agendaItems,
                workingGroup, meetings, plan, fieldVisits, activities, inspections, monthlyReports, oneGoalSummary,
                basis);
    }

    /** A1 agenda items (นโยบายเร่งด่วน) chosen at a meeting. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AgendaSelection(String eventId, List<Integer> items, String meetingNumber, LocalDate meetingDate,
                                  LocalDate businessDate, boolean lateRecord, boolean corrected,
                                  List<String> correctedBy) {
    }

    /** The pracharat working group (คณะทำงาน): the appointing order and its members now, after amendments. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record WorkingGroup(String eventId, String orderNumber, LocalDate orderDate, String signedBy,
                               List<Member> members, List<Amendment> amendments, LocalDate businessDate,
                               boolean lateRecord, boolean corrected, List<String> correctedBy) {
    }

    /** An order that changed the working group's membership. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Amendment(String eventId, String orderNumber, LocalDate orderDate, List<Member> membersAdded,
                            List<String> membersRemoved, String reason, LocalDate businessDate, boolean lateRecord,
                            boolean corrected, List<String> correctedBy) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Meeting(String eventId, String meetingNumber, MeetingType meetingType, LocalDate meetingDate,
                          String chair, List<String> attendees, List<String> resolutions, LocalDate businessDate,
                          boolean lateRecord, boolean corrected, List<String> correctedBy) {
    }

    /**
     * The One Plan's versions, oldest first.
     *
     * @param versionInForce the latest approved version, null while none is approved
     * @param totalBudget    that version's budget in baht, null while none is approved
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Plan(List<PlanVersion> versions, Integer versionInForce, BigDecimal totalBudget,
                       Long totalBudgetSatang) {
    }

    /**
     * One written version of the One Plan.
     *
     * @param status         DRAFT (not approved), APPROVED (the version in force) or SUPERSEDED (approved, then
     *                       replaced by a later approved version)
     * @param writtenOn      the day it was drafted or revised
     * @param revisesVersion null for the first draft
     * @param approvedOn     the day of the approving meeting (as that meeting now reads)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanVersion(String eventId, int version, PlanVersionStatus status, String oneGoal,
                              List<Project> projects, BigDecimal totalBudget, long totalBudgetSatang,
                              LocalDate writtenOn, Integer revisesVersion, String reason, String inspectionEventId,
                              String approvalEventId, String approvedAtMeeting, LocalDate approvedOn,
                              LocalDate businessDate, boolean lateRecord, boolean corrected,
                              List<String> correctedBy) {
    }

    /**
     * A project of a plan version; {@code budget} (baht, two decimals; {@code budgetSatang} exact) is the sum of its
     * allocations.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Project(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          String targetGroup, int targetHeadcount, List<Integer> pilotSites, BigDecimal budget,
                          long budgetSatang, List<PlannedAllocation> allocations) {
    }

    /** An allocation as the plan version states it: an amount from one budget source, owned by one agency. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlannedAllocation(BudgetSource budgetSource, Agency agency, String partnerAgency, BigDecimal amount,
                                    long amountSatang) {
    }

    /**
     * A field visit (ลงพื้นที่).
     *
     * @param flags what the inspector should look at, derived from the record as it reads now: today
     *              {@code "outside the plan in force: ..."} when the plan version in force on the visit's day does
     *              not list its site (or its project); empty when nothing stands out
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FieldVisit(String eventId, LocalDate visitDate,
                             @Schema(description = "The venue's subdistrict (tambon)") int siteSubdistrictCode,
                             String siteNameTh, String venue,
                             @Schema(description = "The tambon centre visited, null when the visit names none; its"
                                     + " tambon may differ from the venue's") String centreId,
                             List<String> agenciesPresent, int peopleReached,
                             @Schema(description = "The registered workers the visit served, by register id, each"
                                     + " once; empty when it names none") List<String> workerIds,
                             List<String> servicesDelivered, String planProjectCode, BigDecimal amountSpent,
                             long amountSpentSatang, AllocationRef fundedBy, LocalDate businessDate,
                             boolean lateRecord, boolean corrected, List<String> correctedBy,
                             @Schema(description = "What the inspector should look at, as the record reads now: "
                                     + "\"outside the plan in force: ...\" when the plan version in force on the "
                                     + "visit's day does not list its site or project; empty otherwise")
                             List<String> flags) {
    }

    /**
     * An activity under a project (a training batch, a service day).
     *
     * @param fundedBy the allocation the amount was spent from; null when nothing was spent (or, for an activity
     *                 recorded before allocations were named, its project's only allocation)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Activity(String eventId, LocalDate activityDate, int siteSubdistrictCode, String siteNameTh,
                           int participants,
                           @Schema(description = "The registered workers the activity served, by register id, each"
                                   + " once; empty when it names none") List<String> workerIds,
                           Agency agency, String planProjectCode, String description,
                           BigDecimal amountSpent, long amountSpentSatang, AllocationRef fundedBy,
                           LocalDate businessDate, boolean lateRecord, boolean corrected, List<String> correctedBy) {
    }

    /** An MOL inspector's visit (ตรวจราชการ). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Inspection(String eventId, LocalDate inspectionDate, String inspector, String findings,
                             List<String> recommendations, LocalDate businessDate, boolean lateRecord,
                             boolean corrected, List<String> correctedBy) {
    }

    /** A progress report on form 62-1 or 62-3. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MonthlyReport(String eventId, ReportForm form, YearMonth periodFrom, YearMonth periodTo,
                                String letterNumber, String summary, LocalDate submittedOn, LocalDate businessDate,
                                boolean lateRecord, boolean corrected, List<String> correctedBy) {
    }

    /** The summary of results against the One Goal, sent to the ministry (KPI level 5). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OneGoalSummary(String eventId, String letterNumber, String results, int peopleReached,
                                 LocalDate submittedOn, LocalDate businessDate, boolean lateRecord,
                                 boolean corrected, List<String> correctedBy) {
    }
}
