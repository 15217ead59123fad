package th.go.mol.oneplan.drive;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonMerge;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.serialization.Revision;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.budget.BudgetRules;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.budget.ReallocateBudget;
import th.go.mol.oneplan.drive.correction.CorrectionRules;
import th.go.mol.oneplan.drive.fieldwork.ActivityRules;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitRules;
import th.go.mol.oneplan.drive.fieldwork.VisitedCentreRules;
import th.go.mol.oneplan.drive.fieldwork.WorkersServedRules;
import th.go.mol.oneplan.drive.inspection.InspectionRules;
import th.go.mol.oneplan.drive.meeting.MeetingRules;
import th.go.mol.oneplan.drive.reporting.MonthlyReportRules;
import th.go.mol.oneplan.drive.reporting.OneGoalSummaryRules;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.RecordActivity;
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.inspection.RecordInspection;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.kpi.KpiReassessed;
import th.go.mol.oneplan.drive.kpi.ReassessKpi;
import th.go.mol.oneplan.drive.kpi.LevelStatus;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.meeting.RecordMeeting;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.ApprovePlan;
import th.go.mol.oneplan.drive.plan.DraftPlan;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;
import th.go.mol.oneplan.drive.plan.RevisePlan;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.reporting.SubmitMonthlyReport;
import th.go.mol.oneplan.drive.reporting.SubmitOneGoalSummary;
import th.go.mol.oneplan.drive.workinggroup.AmendWorkingGroup;
import th.go.mol.oneplan.drive.workinggroup.AppointWorkingGroup;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupRules;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.geography.Subdistrict;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One province's yearly drive of a ministry policy (การขับเคลื่อนนโยบายในระดับพื้นที่), from the lead officer's
 * assignment to the One Goal summary. Command handlers build the act and hand it to its rule class (one per act,
 * e.g. {@link th.go.mol.oneplan.drive.fieldwork.FieldVisitRules}), which a correction calls again on the act as it
 * would read; event sourcing handlers only fold acts into {@link DriveHistory}. After every act the KPI levels are assessed again and any
 * change is recorded as {@link KpiLevelReached} or {@link KpiLevelLost}, so the event store itself says when
 * each level was reached and by which acts.
 * <p>
 * A snapshot of the drive is its fields, as JSON (docs/architecture.md, "Snapshots"): the {@link Revision} names
 * their shape, and must change whenever a field is added, removed or changes meaning, so that the snapshots of the
 * old shape are passed over and the drive is replayed from its events instead.
 */
@AggregateRoot
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public class ProvincialDrive {
    @AggregateIdentifier
    private String driveId;
    private FiscalYear fiscalYear;
    private int provinceCode;
    private long eventCount;
    /** Each level as its last KpiLevelReached or KpiLevelLost recorded it; absent until first reached. */
    @JsonMerge // read from a snapshot into this EnumMap, whose order (the levels') the KPI events follow
    private final Map<KpiLevel, LevelStatus> recordedKpi = new EnumMap<>(KpiLevel.class);
    private DriveHistory history;

    protected ProvincialDrive() {
        // Axon rebuilds the drive from its events.
    }

    @CommandHandler
    public ProvincialDrive(StartProvincialDrive command, Geography geography) {
        Province province = geography.province(command.provinceCode())
                .orElseThrow(() -> new InvalidValue("provinceCode", "thai-province",
                        command.provinceCode() + " is not the code of a Thai province"));
        FiscalYear year = new FiscalYear(command.fiscalYear());
        String expectedId = new DriveId(province.code(), year).toString();
        if (!expectedId.equals(command.driveId())) {
            throw new InvalidValue("driveId", "drive-id-format", "the drive of province " + province.code()
                    + " in FY " + year.beYear() + " has id " + expectedId + ", not " + command.driveId());
        }
        ProvincialDriveStarted started = new ProvincialDriveStarted(expectedId, expectedId + "/1", province.code(),
                province.nameTh(), province.nameEn(), year.beYear(), command.leadOfficer(), command.businessDate(),
                command.lateRecord(), command.recording());
        DriveStartRules.check(started, RuleContext.forNewAct(new DriveHistory(), year, province.code(), geography,
                command.recording()));
        apply(started);
    }

    @CommandHandler
    public String handle(SelectAgendaItems command) {
        List<Integer> newItems = AgendaItemsRules.newItems(command.items(), history);
        MeetingRecorded meeting = MeetingRules.recordedMeeting(history, command.meetingNumber(), command.meetingType());
        return record(new AgendaItemsSelected(driveId, nextEventId(), newItems, meeting.meetingNumber(),
                meeting.businessDate(), command.lateRecord(), command.recording()), AgendaItemsRules::check, null);
    }

    @CommandHandler
    public String handle(AppointWorkingGroup command) {
        List<Member> members = WorkingGroupRules.validMembers(Require.notEmpty(command.members(), "members"), "members");
        return record(new WorkingGroupAppointed(driveId, nextEventId(), strip(command.orderNumber()),
                strip(command.signedBy()), members, command.businessDate(), command.lateRecord(), command.recording()),
                WorkingGroupRules::appointment, null);
    }

    @CommandHandler
    public String handle(AmendWorkingGroup command) {
        List<Member> added = command.membersAdded() == null ? List.of()
                : WorkingGroupRules.validMembers(command.membersAdded(), "membersAdded");
        List<String> removed = command.membersRemoved() == null ? List.of()
                : command.membersRemoved().stream().map(n -> Require.text(n, "membersRemoved")).toList();
        return record(new WorkingGroupAmended(driveId, nextEventId(), command.orderNumber(), added, removed,
                strip(command.reason()), command.businessDate(), command.lateRecord(), command.recording()),
                WorkingGroupRules::amendment, null);
    }

    @CommandHandler
    public String handle(RecordMeeting command) {
        return record(new MeetingRecorded(driveId, nextEventId(), MeetingRules.meetingNumber(command.meetingNumber()),
                command.meetingType(), strip(command.chair()), texts(command.attendees()),
                texts(command.resolutions()), command.businessDate(), command.lateRecord(), command.recording()),
                MeetingRules::check, null);
    }

    @CommandHandler
    public String handle(DraftPlan command, Geography geography) {
        return record(new PlanDrafted(driveId, nextEventId(), 1, strip(command.oneGoal()),
                PlanRules.validProjects(command.projects(), provinceCode, geography), command.businessDate(),
                command.lateRecord(), command.recording()), PlanRules::drafted, geography);
    }

    @CommandHandler
    public String handle(RevisePlan command, Geography geography) {
        PlanVersionRecorded latest = PlanRules.revisedVersion(history);
        return record(new PlanRevised(driveId, nextEventId(), latest.version() + 1, latest.version(),
                strip(command.reason()), blankToNull(command.inspectionEventId()), strip(command.oneGoal()),
                PlanRules.validProjects(command.projects(), provinceCode, geography), command.businessDate(),
                command.lateRecord(), command.recording()), PlanRules::revised, geography);
    }

    @CommandHandler
    public String handle(ApprovePlan command) {
        PlanRules.versionToApprove(command.version(), history);
        String number = MeetingRules.meetingNumber(command.meetingNumber());
        List<MeetingRecorded> workingGroupMeetings = MeetingRules.meetings(history, number, MeetingType.WORKING_GROUP);
        if (workingGroupMeetings.isEmpty()) {
            MeetingRecorded other = MeetingRules.recordedMeeting(history, number, null);
            throw new RuleViolation("approval-at-working-group-meeting", "meeting " + other.meetingNumber()
                    + " is a " + other.meetingType() + " meeting; the One Plan is approved by the working group");
        }
        MeetingRecorded meeting = workingGroupMeetings.get(0);
        return record(new PlanApproved(driveId, nextEventId(), command.version(), meeting.meetingNumber(),
                meeting.eventId(), meeting.businessDate(), command.lateRecord(), command.recording()),
                (approval, c) -> PlanRules.approval(approval, meeting, c), null);
    }

    @CommandHandler
    public String handle(LogFieldVisit command, Geography geography) {
        List<String> workersServed = WorkersServedRules.distinct(command.workerIds(), "workerIds");
        String centreId = VisitedCentreRules.centre(command.centreId(), provinceCode, geography, "centreId");
        FieldVisitLogged visit = new FieldVisitLogged(driveId, nextEventId(), command.siteSubdistrictCode(),
                geography.subdistrict(command.siteSubdistrictCode()).map(Subdistrict::nameTh).orElse(null),
                strip(command.venue()), texts(command.agenciesPresent()), command.peopleReached(),
                texts(command.servicesDelivered()), strip(command.planProjectCode()), command.businessDate(),
                command.lateRecord(), command.recording(), Math.max(0, command.amountSpentSatang()), null, centreId,
                workersServed);
        FieldVisitRules.check(visit, newAct(geography, command.recording()));
        AllocationRef fundedBy = BudgetRules.spending(DriveBudget.of(history), visit.planProjectCode(),
                command.amountSpentSatang(), command.fundedBy());
        return recordAndReassess(visit.spentFrom(fundedBy));
    }

    @CommandHandler
    public String handle(RecordActivity command, Geography geography) {
        ActivityRecorded activity = new ActivityRecorded(driveId, nextEventId(), command.siteSubdistrictCode(),
                geography.subdistrict(command.siteSubdistrictCode()).map(Subdistrict::nameTh).orElse(null),
                command.participants(), command.amountSpentSatang(), command.agency(),
                strip(command.planProjectCode()), strip(command.description()), command.businessDate(),
                command.lateRecord(), command.recording(), null,
                WorkersServedRules.distinct(command.workerIds(), "workerIds"));
        ActivityRules.check(activity, newAct(geography, command.recording()));
        AllocationRef fundedBy = BudgetRules.spending(DriveBudget.of(history), activity.planProjectCode(),
                command.amountSpentSatang(), command.fundedBy());
        return recordAndReassess(activity.spentFrom(fundedBy));
    }

    @CommandHandler
    public String handle(ReallocateBudget command) {
        String from = Require.text(command.fromProjectCode(), "fromProjectCode", PlanRules.PROJECT_CODE_MAX);
        String to = Require.text(command.toProjectCode(), "toProjectCode", PlanRules.PROJECT_CODE_MAX);
        String reason = Require.text(command.reason(), "reason", BudgetRules.REASON_MAX);
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "reallocatedOn");
        BudgetRules.Move move = BudgetRules.reallocation(DriveBudget.of(history), from, to, command.amountSatang(),
                command.fromAllocation(), command.toAllocation());
        return recordAndReassess(new BudgetReallocated(driveId, nextEventId(), from, to, command.amountSatang(), reason,
                command.businessDate(), command.lateRecord(), command.recording(), move.giver(), move.receiver()));
    }

    @CommandHandler
    public String handle(RecordInspection command) {
        return record(new InspectionRecorded(driveId, nextEventId(), strip(command.inspector()),
                strip(command.findings()), texts(command.recommendations()), command.businessDate(),
                command.lateRecord(), command.recording()), InspectionRules::check, null);
    }

    @CommandHandler
    public String handle(SubmitMonthlyReport command) {
        return record(new MonthlyReportSubmitted(driveId, nextEventId(), command.form(), command.periodFrom(),
                command.periodTo(), blankToNull(command.letterNumber()), strip(command.summary()),
                command.businessDate(), command.lateRecord(), command.recording()), MonthlyReportRules::check, null);
    }

    @CommandHandler
    public String handle(SubmitOneGoalSummary command) {
        return record(new OneGoalSummarySubmitted(driveId, nextEventId(), strip(command.letterNumber()),
                strip(command.results()), command.peopleReached(), command.businessDate(), command.lateRecord(),
                command.recording()), OneGoalSummaryRules::check, null);
    }

    @CommandHandler
    public String handle(CorrectRecord command, Geography geography) {
        String target = Require.text(command.correctsEventId(), "correctsEventId");
        // A reference to an act the drive does not hold is a conflict with its record, like an unrecorded meeting.
        RecordedAct original = history.act(target).orElseThrow(() -> new RuleViolation("recorded-act",
                target + " is not a recorded act of drive " + driveId
                + " (KPI events and corrections themselves cannot be corrected)"));
        String whatWasWrong = Require.text(command.whatWasWrong(), "whatWasWrong");
        Require.notEmpty(command.corrections(), "corrections");
        RecordedAct corrected = DriveHistory.applied(original, command.corrections());
        CorrectionRules.check(original, corrected, history, RuleContext.forCorrection(history.with(corrected), target,
                fiscalYear, provinceCode, geography, command.recording(), command.corrections(),
                !corrected.businessDate().equals(original.businessDate())));
        // Mistakes are often found after the year is over (an audit, the next year's drive): a correction may be
        // dated after the fiscal year and is then flagged as late, never refused for it.
        BusinessCalendar.checkBusinessDate(command.businessDate(), true, fiscalYear, command.recording(), "correctedOn");
        boolean correctedLate = !fiscalYear.contains(command.businessDate());
        return recordAndReassess(new RecordCorrected(driveId, nextEventId(), target, original.getClass().getSimpleName(),
                whatWasWrong, command.corrections(), command.businessDate(), correctedLate || command.lateRecord(),
                command.recording()));
    }

    @CommandHandler
    public String handle(ReassessKpi command) {
        String reason = Require.text(command.reason(), "reason");
        // Rules change years after a drive ends: any day from the fiscal year's start to today, late if after it.
        Require.present(command.businessDate(), "reassessedOn");
        LocalDate today = command.recording().recordedAt().atZone(BusinessCalendar.THAILAND).toLocalDate();
        if (command.businessDate().isAfter(today) || command.businessDate().isBefore(fiscalYear.firstDay())) {
            throw new InvalidValue("reassessedOn", "reassessment-date", "reassessedOn " + command.businessDate()
                    + " must lie between the start of fiscal year " + fiscalYear.beYear() + " ("
                    + fiscalYear.firstDay() + ") and today (" + today + ")");
        }
        KpiAssessment now = kpi();
        Map<KpiLevel, LevelStatus> recorded = new EnumMap<>(KpiLevel.class);
        for (KpiLevel level : KpiLevel.values()) {
            recorded.put(level, recordedKpi.getOrDefault(level, LevelStatus.unmet(level, "never reached")));
        }
        List<KpiLevel> changed = List.of(KpiLevel.values()).stream()
                .filter(level -> moved(recorded.get(level), now.level(level)))
                .toList();
        if (changed.isEmpty()) {
            throw new RuleViolation("kpi-already-current", "the recorded KPI levels of drive " + driveId
                    + " already follow the rules in force; nothing to record");
        }
        KpiReassessed reassessed = new KpiReassessed(driveId, nextEventId(), reason,
                changed.stream().map(KpiLevel::number).toList(), command.businessDate(),
                !fiscalYear.contains(command.businessDate()), command.recording());
        apply(reassessed);
        changed.forEach(level -> recordLevelChange(level, recorded.get(level), now.level(level), reassessed));
        return reassessed.eventId();
    }

    /** Checks the act by its rules, as recorded after everything the drive holds now, then records it. */
    private <A extends RecordedAct> String record(A act, BiConsumer<A, RuleContext> rules, Geography geography) {
        rules.accept(act, newAct(geography, act.recording()));
        return recordAndReassess(act);
    }

    private RuleContext newAct(Geography geography, Recording recording) {
        return RuleContext.forNewAct(history, fiscalYear, provinceCode, geography, recording);
    }

    /** Applies the event, then records whatever it changed in the KPI levels; answers the event's id. */
    private String recordAndReassess(DriveEvent event) {
        KpiAssessment before = kpi();
        apply(event);
        KpiAssessment after = kpi();
        for (KpiLevel level : KpiLevel.values()) {
            if (moved(before.level(level), after.level(level))) {
                recordLevelChange(level, before.level(level), after.level(level), event);
            }
        }
        return event.eventId();
    }

    /** Whether a level's outcome differs for an inspector: reached now on another day or evidence, or lost. */
    private static boolean moved(LevelStatus was, LevelStatus now) {
        return now.reached() ? !now.sameOutcomeAs(was) : was.reached();
    }

    private void recordLevelChange(KpiLevel level, LevelStatus was, LevelStatus now, DriveEvent cause) {
        if (now.reached()) {
            apply(new KpiLevelReached(driveId, nextEventId(), level.number(), now.reachedOn(), now.evidence(),
                    cause.eventId(), !fiscalYear.contains(now.reachedOn()), cause.recording()));
        } else {
            apply(new KpiLevelLost(driveId, nextEventId(), level.number(), was.reachedOn(), now.unmetBecause(),
                    cause.eventId(), cause.businessDate(), cause.lateRecord(), cause.recording()));
        }
    }

    private KpiAssessment kpi() {
        return history.kpi();
    }

    private String nextEventId() {
        return driveId + "/" + (eventCount + 1);
    }

    private void checkDate(LocalDate date, boolean lateRecord, Recording recording, String field) {
        BusinessCalendar.checkBusinessDate(date, lateRecord, fiscalYear, recording, field);
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(ProvincialDriveStarted event) {
        driveId = event.driveId();
        provinceCode = event.provinceCode();
        fiscalYear = new FiscalYear(event.fiscalYear());
        history = new DriveHistory();
        remember(event);
    }

    @EventSourcingHandler
    void on(AgendaItemsSelected event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(WorkingGroupAppointed event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(WorkingGroupAmended event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(PlanDrafted event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(PlanRevised event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(PlanApproved event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(FieldVisitLogged event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(ActivityRecorded event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(BudgetReallocated event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(InspectionRecorded event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(MonthlyReportSubmitted event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(OneGoalSummarySubmitted event) {
        remember(event);
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        history.correct(event);
        eventCount++;
    }

    @EventSourcingHandler
    void on(KpiLevelReached event) {
        // The rules derive the levels from the history; what was recorded is kept to see when the rules changed.
        KpiLevel level = KpiLevel.of(event.level());
        recordedKpi.put(level, LevelStatus.reached(level, event.businessDate(), event.evidence()));
        eventCount++;
    }

    @EventSourcingHandler
    void on(KpiLevelLost event) {
        KpiLevel level = KpiLevel.of(event.level());
        recordedKpi.put(level, LevelStatus.unmet(level, event.because()));
        eventCount++;
    }

    @EventSourcingHandler
    void on(KpiReassessed event) {
        eventCount++;
    }

    private void remember(RecordedAct act) {
        history.record(act);
        eventCount++;
    }
}
