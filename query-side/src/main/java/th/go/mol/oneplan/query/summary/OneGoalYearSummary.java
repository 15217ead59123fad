package th.go.mol.oneplan.query.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.query.budget.Money;
import th.go.mol.oneplan.reportingrules.ComplianceStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A drive's One Goal summary for its fiscal year (สรุปผลการดำเนินงานบรรลุตาม One Goal), the document behind KPI
 * level 5, replayed from the event store by {@link OneGoalSummaryFold}. Its field names are a published contract
 * (docs/one-goal-summary.md): they do not change, and every field is always present (null when empty). Lists are in
 * a fixed order (stated on each), so the same events always give the same document, byte for byte.
 *
 * @param kpi             the five levels as the acts read by the clocks, each with its date and evidence
 * @param kpiEvents       what the ledger recorded about the levels over the year (reached, date moved, lost)
 * @param steps           the six steps of the drive (DOMAIN.md), each with the dates it ran
 * @param planVersions    every One Plan version, in the order written, and why each revision was made
 * @param projects        the projects of the plan in force with their targets and results
 * @param budget          allocated and spent, by agency, by source and by month
 * @param fieldVisits     in business-date order (then recorded order); a visit outside the plan in force is flagged
 * @param activities      in business-date order (then recorded order)
 * @param people          people reached and registered workers served, each worker counted once
 * @param reporting       monthly reports and the One Goal summary letter
 * @param inspections     each inspection, its recommendations and the plan revisions that followed it
 * @param corrections     corrections recorded, in the order recorded
 * @param lateRecords     acts recorded after their fiscal year had ended, in business-date order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A drive's One Goal summary for its fiscal year, replayed from the event store"
        + " (docs/one-goal-summary.md)")
public record OneGoalYearSummary(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                                 int fiscalYear, LocalDate fiscalYearFrom, LocalDate fiscalYearTo,
                                 String leadOfficerName, String leadOfficerPosition, LocalDate startedOn, String oneGoal, Kpi kpi,
                                 List<KpiEvent> kpiEvents, List<Step> steps, List<PlanVersion> planVersions,
                                 List<Project> projects, Budget budget, List<FieldVisit> fieldVisits,
                                 List<Activity> activities, People people, Reporting reporting,
                                 List<Inspection> inspections, List<Correction> corrections,
                                 List<LateRecord> lateRecords, Basis basis) {

    /** The KPI as assessed from the acts: the highest level N with 1..N reached, and each level. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryKpi")
    public record Kpi(int currentLevel, List<Level> levels) {
    }

    /** One KPI level: reached (on which business date, by which acts and documents) or what is missing. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryLevel")
    public record Level(int level, String criterion, boolean reached, LocalDate reachedOn, List<Evidence> evidence,
                        String unmetBecause) {
    }

    /** A recorded act a level stands on: its event, kind, business date and document (order, meeting, letter). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryEvidence")
    public record Evidence(String eventId, String type, LocalDate businessDate, String documentReference) {
    }

    /** A KPI event the drive recorded: {@code REACHED} (or its date or evidence changed) or {@code LOST}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryKpiEvent")
    public record KpiEvent(String eventId, int level, String change, LocalDate on, String causedByEventId,
                           Instant recordedAt) {
    }

    /**
     * One of the six steps: 1 plan and prepare, 2 appoint the working group, 3 meet and make the One Plan,
     * 4 implement, 5 follow up and report, 6 summarise against the One Goal. {@code from}/{@code to} are the first
     * and last business dates of the acts of that step; {@code done} when it has any.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryStep")
    public record Step(int step, String title, boolean done, LocalDate from, LocalDate to, int acts,
                       List<String> eventIds) {
    }

    /** A One Plan version: written when, approved when and where, and for a revision why. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryPlanVersion")
    public record PlanVersion(int version, String eventId, String status, LocalDate writtenOn,
                              Integer revisesVersion, String reason, String inspectionEventId, int projectCount,
                              Money totalBudget, String approvedAtMeeting, LocalDate approvedOn, boolean corrected) {
    }

    /** A project of the plan in force: its targets, and what it did and spent. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryProject")
    public record Project(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          String targetGroup, int targetHeadcount, List<Integer> pilotSites, boolean cancelled,
                          Money allocated, Money spent, long peopleReached, int fieldVisits, int activities) {
    }

    /** The drive's money as its acts read by the clocks ({@code DriveBudget}). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryBudget")
    public record Budget(int planVersionInForce, Money allocated, Money spent, Money remaining,
                         List<ByAgency> byAgency, List<BySource> bySource, List<ByMonth> byMonth) {
    }

    /** An owner of money: an MOL agency, or a partner by name (in that order). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryByAgency")
    public record ByAgency(Agency agency, String partnerAgency, Money allocated, Money spent) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryBySource")
    public record BySource(BudgetSource budgetSource, Money allocated, Money spent) {
    }

    /** Spent in one month of the fiscal year; all twelve months are listed, October first. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryByMonth")
    public record ByMonth(YearMonth month, Money spent) {
    }

    /** A field visit; {@code flagged} with the reasons when it lies outside the plan version in force on its day. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryFieldVisit")
    public record FieldVisit(String eventId, LocalDate visitDate, int siteSubdistrictCode, String siteNameTh,
                             String venue, String centreId, String planProjectCode, int peopleReached,
                             int workersNamed, Money amountSpent, boolean flagged, List<String> flags,
                             boolean lateRecord, boolean corrected) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryActivity")
    public record Activity(String eventId, LocalDate activityDate, int siteSubdistrictCode, String siteNameTh,
                           Agency agency, String planProjectCode, String description, int participants,
                           int workersNamed, Money amountSpent, boolean lateRecord, boolean corrected) {
    }

    /**
     * @param peopleReached           field visits' people reached plus activities' participants (as recorded: a
     *                                person at two events counts twice, as the source counts)
     * @param registeredWorkersServed distinct registered workers named by visits and activities or served under
     *                                the drive by the register; each once
     * @param servicesDelivered       the register's services naming the drive
     * @param servicesByKind          those services by kind, in the kinds' order
     * @param summaryPeopleReached    the figure the One Goal summary letter itself states, null before it
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryPeople")
    public record People(long peopleReached, long registeredWorkersServed, long servicesDelivered,
                         List<ServiceCount> servicesByKind, Integer summaryPeopleReached) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryServiceCount")
    public record ServiceCount(String service, long count) {
    }

    /**
     * @param monthlyReports  submissions of monthly reports (forms 62-1/62-3), resubmissions included
     * @param periodsReported distinct periods (form, first month, last month) they cover
     * @param rulesLetter     the ministry letter whose rules the calendar follows; null when the year has none
     * @param calendar        each due report and how it stands (as of {@code asOf}, or once all are due); empty
     *                        when the year has no declared rules
     * @param onTime          due reports that came on time; null without rules
     * @param oneGoalSummary  the summary letter to the ministry, null before it is submitted
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryReporting")
    public record Reporting(int monthlyReports, int periodsReported, List<MonthlyReport> submissions,
                            String rulesLetter, List<DueReport> calendar, Integer onTime, Integer late,
                            Integer missing, SummaryLetter oneGoalSummary) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryMonthlyReport")
    public record MonthlyReport(String eventId, ReportForm form, YearMonth periodFrom, YearMonth periodTo,
                                String letterNumber, LocalDate submittedOn, boolean lateRecord, boolean corrected) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryDueReport")
    public record DueReport(YearMonth periodFrom, YearMonth periodTo, LocalDate dueOn, ComplianceStatus status,
                            long daysLate, String satisfiedByEventId, LocalDate submittedOn) {
    }

    /** The One Goal summary as submitted: due by the last day of the fiscal year (30 September). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "OneGoalSummaryLetter")
    public record SummaryLetter(String eventId, String letterNumber, LocalDate submittedOn, LocalDate dueOn,
                                boolean onTime, int peopleReached, String results, boolean corrected) {
    }

    /** An inspection and what was done about it: the plan revisions that followed it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryInspection")
    public record Inspection(String eventId, LocalDate inspectedOn, String inspector, String findings,
                             List<String> recommendations, List<FollowUp> followUps) {
    }

    /**
     * A plan revision made after an inspection. {@code link} says how it is tied to it: {@code NAMED} when the
     * revision names the inspection ({@code inspectionEventId}); {@code FOLLOWING} when it names none and this is
     * the latest inspection on or before the day it was written (the record does not say more).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryFollowUp")
    public record FollowUp(String link, String eventId, int version, LocalDate writtenOn, String reason,
                           boolean approved, LocalDate approvedOn) {
    }

    /** A correction recorded: what act it corrected, what was wrong, the fields and their corrected values. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryCorrection")
    public record Correction(String eventId, String correctsEventId, String correctedEventType, String whatWasWrong,
                             List<CorrectedField> fields, LocalDate correctedOn, Instant recordedAt,
                             boolean lateRecord) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryCorrectedField")
    public record CorrectedField(String field, String correctedValue) {
    }

    /** An act recorded after its fiscal year had ended: its business date and when it was recorded. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SummaryLateRecord")
    public record LateRecord(String eventId, String type, LocalDate businessDate, Instant recordedAt,
                             String documentReference) {
    }
}
