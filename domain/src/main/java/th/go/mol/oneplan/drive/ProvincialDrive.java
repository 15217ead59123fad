package th.go.mol.oneplan.drive;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.budget.BudgetRules;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.budget.ReallocateBudget;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.RecordActivity;
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.inspection.RecordInspection;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;
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
import th.go.mol.oneplan.drive.plan.PlanProject;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One province's yearly drive of a ministry policy (การขับเคลื่อนนโยบายในระดับพื้นที่), from the lead officer's
 * assignment to the One Goal summary. Command handlers check the rules and record acts; event sourcing
 * handlers only fold them into {@link DriveHistory}. After every act the KPI levels are assessed again and any
 * change is recorded as {@link KpiLevelReached} or {@link KpiLevelLost}, so the event store itself says when
 * each level was reached and by which acts.
 */
@AggregateRoot
public class ProvincialDrive {
    private static final Pattern MEETING_NUMBER = Pattern.compile("\\d{1,3}/\\d{4}");

    @AggregateIdentifier
    private String driveId;
    private FiscalYear fiscalYear;
    private int provinceCode;
    private long eventCount;
    /** Each level as its last KpiLevelReached or KpiLevelLost recorded it; absent until first reached. */
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
        Require.present(command.leadOfficer(), "leadOfficer");
        Require.text(command.leadOfficer().name(), "leadOfficer.name");
        Require.text(command.leadOfficer().position(), "leadOfficer.position");
        BusinessCalendar.checkBusinessDate(command.businessDate(), command.lateRecord(), year, command.recording(),
                "leadAssignedOn");
        apply(new ProvincialDriveStarted(expectedId, expectedId + "/1", province.code(), province.nameTh(),
                province.nameEn(), year.beYear(), command.leadOfficer(), command.businessDate(), command.lateRecord(),
                command.recording()));
    }

    @CommandHandler
    public String handle(SelectAgendaItems command) {
        Require.notEmpty(command.items(), "items");
        for (Integer item : command.items()) {
            if (item == null || item < 1 || item > AgendaItemsSelected.LAST_ITEM) {
                throw new InvalidValue("items", "a1-agenda-item",
                        "A1 agenda items are numbered 1 to " + AgendaItemsSelected.LAST_ITEM + ", got " + item);
            }
        }
        MeetingRecorded meeting = recordedMeeting(command.meetingNumber(), command.meetingType());
        Set<Integer> alreadySelected = new HashSet<>();
        history.actsOf(AgendaItemsSelected.class).forEach(s -> alreadySelected.addAll(s.items()));
        List<Integer> newItems = command.items().stream().distinct().filter(i -> !alreadySelected.contains(i)).toList();
        if (newItems.isEmpty()) {
            throw new RuleViolation("agenda-item-already-selected",
                    "agenda items " + command.items() + " are already selected for this drive");
        }
        checkDate(meeting.businessDate(), command.lateRecord(), command.recording(), "meetingDate");
        return recordAct(new AgendaItemsSelected(driveId, nextEventId(), newItems, meeting.meetingNumber(),
                meeting.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(AppointWorkingGroup command) {
        if (history.firstOf(WorkingGroupAppointed.class).isPresent()) {
            throw new RuleViolation("working-group-already-appointed",
                    "the working group is already appointed; change its membership with an amendment");
        }
        String orderNumber = Require.text(command.orderNumber(), "orderNumber");
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "orderDate");
        if (command.signedBy() == null || command.signedBy().isBlank()) {
            throw new RuleViolation("order-must-be-signed",
                    "level 1 needs a signed provincial order: say who signed order " + orderNumber);
        }
        List<Member> members = validMembers(Require.notEmpty(command.members(), "members"), "members");
        WorkingGroupRules.requireThreeSectorsAndHead(members);
        return recordAct(new WorkingGroupAppointed(driveId, nextEventId(), orderNumber, command.signedBy().strip(), members,
                command.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(AmendWorkingGroup command) {
        WorkingGroupAppointed appointment = history.firstOf(WorkingGroupAppointed.class)
                .orElseThrow(() -> new RuleViolation("working-group-not-appointed",
                        "there is no working group to amend: appoint it first"));
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "orderDate");
        if (command.businessDate().isBefore(appointment.businessDate())) {
            throw new RuleViolation("amendment-before-appointment", "an amendment dated " + command.businessDate()
                    + " cannot precede the appointing order of " + appointment.businessDate());
        }
        List<Member> added = command.membersAdded() == null ? List.of() : validMembers(command.membersAdded(), "membersAdded");
        List<String> removed = command.membersRemoved() == null ? List.of()
                : command.membersRemoved().stream().map(n -> Require.text(n, "membersRemoved")).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            throw new InvalidValue("membersAdded", "required", "an amendment adds or removes at least one member");
        }
        Map<String, Member> members = currentMembers();
        for (String name : removed) {
            if (members.remove(name) == null) {
                throw new InvalidValue("membersRemoved", "current-member", name + " is not a member of the working group");
            }
        }
        for (Member m : added) {
            if (members.putIfAbsent(m.name(), m) != null) {
                throw new InvalidValue("membersAdded", "unique-member", m.name() + " is already a member");
            }
        }
        WorkingGroupRules.requireThreeSectorsAndHead(List.copyOf(members.values()));
        return recordAct(new WorkingGroupAmended(driveId, nextEventId(), command.orderNumber(), added, removed,
                Require.text(command.reason(), "reason"), command.businessDate(), command.lateRecord(),
                command.recording()));
    }

    @CommandHandler
    public String handle(RecordMeeting command) {
        String number = meetingNumber(command.meetingNumber());
        Require.present(command.meetingType(), "meetingType");
        if (!meetings(number, command.meetingType()).isEmpty()) {
            throw new RuleViolation("meeting-already-recorded", command.meetingType() + " meeting " + number
                    + " is already recorded");
        }
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "meetingDate");
        return recordAct(new MeetingRecorded(driveId, nextEventId(), number, command.meetingType(),
                Require.text(command.chair(), "chair"), texts(command.attendees()), texts(command.resolutions()),
                command.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(DraftPlan command, Geography geography) {
        if (!history.actsOf(PlanVersionRecorded.class).isEmpty()) {
            throw new RuleViolation("plan-already-drafted",
                    "the One Plan is already drafted; write a new version as a revision, with its reason");
        }
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "draftedOn");
        return recordAct(new PlanDrafted(driveId, nextEventId(), 1, Require.text(command.oneGoal(), "oneGoal"),
                PlanRules.validProjects(command.projects(), provinceCode, geography), command.businessDate(),
                command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(RevisePlan command, Geography geography) {
        PlanVersionRecorded latest = latestPlanVersion()
                .orElseThrow(() -> new RuleViolation("plan-not-drafted", "there is no One Plan to revise: draft it first"));
        String reason = Require.text(command.reason(), "reason");
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "revisedOn");
        if (command.businessDate().isBefore(latest.businessDate())) {
            throw new RuleViolation("revision-before-version", "a revision dated " + command.businessDate()
                    + " cannot precede version " + latest.version() + " of " + latest.businessDate());
        }
        if (command.inspectionEventId() != null && !command.inspectionEventId().isBlank()
                && !(history.act(command.inspectionEventId()).orElse(null) instanceof InspectionRecorded)) {
            throw new InvalidValue("inspectionEventId", "recorded-inspection",
                    command.inspectionEventId() + " is not a recorded inspection of this drive");
        }
        List<PlanProject> projects = PlanRules.validProjects(command.projects(), provinceCode, geography);
        BudgetRules.allocationsCoverSpending(DriveBudget.of(history), projects, "the revision");
        return recordAct(new PlanRevised(driveId, nextEventId(), latest.version() + 1, latest.version(), reason,
                blankToNull(command.inspectionEventId()), Require.text(command.oneGoal(), "oneGoal"),
                projects, command.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(ApprovePlan command) {
        PlanVersionRecorded latest = latestPlanVersion()
                .orElseThrow(() -> new RuleViolation("plan-not-drafted", "there is no One Plan to approve: draft it first"));
        if (command.version() != latest.version()) {
            throw new RuleViolation("approve-latest-version", "only the latest plan version (" + latest.version()
                    + ") can be approved, not version " + command.version());
        }
        if (history.actsOf(PlanApproved.class).stream().anyMatch(a -> a.version() == command.version())) {
            throw new RuleViolation("plan-version-already-approved", "plan version " + command.version() + " is already approved");
        }
        String number = meetingNumber(command.meetingNumber());
        List<MeetingRecorded> workingGroupMeetings = meetings(number, MeetingType.WORKING_GROUP);
        if (workingGroupMeetings.isEmpty()) {
            MeetingRecorded other = recordedMeeting(number, null);
            throw new RuleViolation("approval-at-working-group-meeting", "meeting " + other.meetingNumber()
                    + " is a " + other.meetingType() + " meeting; the One Plan is approved by the working group");
        }
        MeetingRecorded meeting = workingGroupMeetings.get(0);
        if (!kpi().reachedBy(KpiLevel.LEVEL_1, meeting.businessDate())) {
            throw new RuleViolation("approval-needs-working-group", "the plan can be approved only at a meeting held"
                    + " after a working group with all three sectors was appointed; meeting " + meeting.meetingNumber()
                    + " was held on " + meeting.businessDate());
        }
        if (meeting.businessDate().isBefore(latest.businessDate())) {
            throw new RuleViolation("approval-before-draft", "meeting " + meeting.meetingNumber() + " on "
                    + meeting.businessDate() + " precedes plan version " + latest.version() + " of " + latest.businessDate());
        }
        checkDate(meeting.businessDate(), command.lateRecord(), command.recording(), "meetingDate");
        // Spending may have gone on between writing the version and approving it.
        BudgetRules.allocationsCoverSpending(DriveBudget.of(history), latest.projects(), "version " + latest.version());
        return recordAct(new PlanApproved(driveId, nextEventId(), command.version(), meeting.meetingNumber(),
                meeting.eventId(), meeting.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(LogFieldVisit command, Geography geography) {
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "visitDate");
        Subdistrict site = PlanRules.siteInProvince(command.siteSubdistrictCode(), provinceCode, geography,
                "siteSubdistrictCode");
        String projectCode = Require.text(command.planProjectCode(), "planProjectCode");
        if (!kpi().reachedBy(KpiLevel.LEVEL_2, command.businessDate())) {
            throw new RuleViolation("field-visit-needs-approved-plan",
                    "field visits carry out an approved One Plan; none was approved on or before " + command.businessDate());
        }
        PlanProject project = projectInForce(projectCode, command.businessDate());
        // A visit goes to the pilot sites the plan chose for the project; a project that lists none goes anywhere.
        if (!project.pilotSites().isEmpty() && !project.pilotSites().contains(site.code())) {
            throw new InvalidValue("siteSubdistrictCode", "pilot-site-of-project", "subdistrict " + site.code() + " ("
                    + site.nameTh() + ") is not a pilot site of project " + projectCode + " in the plan version in force"
                    + " on " + command.businessDate() + "; its pilot sites are " + project.pilotSites());
        }
        if (command.peopleReached() < 0) {
            throw new InvalidValue("peopleReached", "not-negative", "peopleReached must not be negative");
        }
        AllocationRef fundedBy = BudgetRules.spending(DriveBudget.of(history), projectCode,
                command.amountSpentSatang(), command.fundedBy());
        return recordAct(new FieldVisitLogged(driveId, nextEventId(), site.code(), site.nameTh(),
                Require.text(command.venue(), "venue"), texts(command.agenciesPresent()), command.peopleReached(),
                texts(command.servicesDelivered()), projectCode, command.businessDate(), command.lateRecord(),
                command.recording(), command.amountSpentSatang(), fundedBy));
    }

    @CommandHandler
    public String handle(RecordActivity command, Geography geography) {
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "activityDate");
        Subdistrict site = PlanRules.siteInProvince(command.siteSubdistrictCode(), provinceCode, geography,
                "siteSubdistrictCode");
        String projectCode = Require.text(command.planProjectCode(), "planProjectCode");
        Require.present(command.agency(), "agency");
        String description = Require.text(command.description(), "description");
        if (command.participants() < 0) {
            throw new InvalidValue("participants", "not-negative", "participants must not be negative");
        }
        if (!kpi().reachedBy(KpiLevel.LEVEL_2, command.businessDate())) {
            throw new RuleViolation("activity-needs-approved-plan",
                    "activities carry out an approved One Plan; none was approved on or before " + command.businessDate());
        }
        projectInForce(projectCode, command.businessDate());
        AllocationRef fundedBy = BudgetRules.spending(DriveBudget.of(history), projectCode,
                command.amountSpentSatang(), command.fundedBy());
        return recordAct(new ActivityRecorded(driveId, nextEventId(), site.code(), site.nameTh(),
                command.participants(), command.amountSpentSatang(), command.agency(), projectCode, description,
                command.businessDate(), command.lateRecord(), command.recording(), fundedBy));
    }

    @CommandHandler
    public String handle(ReallocateBudget command) {
        String from = Require.text(command.fromProjectCode(), "fromProjectCode");
        String to = Require.text(command.toProjectCode(), "toProjectCode");
        String reason = Require.text(command.reason(), "reason");
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "reallocatedOn");
        BudgetRules.Move move = BudgetRules.reallocation(DriveBudget.of(history), from, to, command.amountSatang(),
                command.fromAllocation(), command.toAllocation());
        return recordAct(new BudgetReallocated(driveId, nextEventId(), from, to, command.amountSatang(), reason,
                command.businessDate(), command.lateRecord(), command.recording(), move.giver(), move.receiver()));
    }

    /** The project as the plan version in force on the day lists it; 400 when that version has no such project. */
    private PlanProject projectInForce(String projectCode, LocalDate date) {
        return planInForceOn(date).stream()
                .flatMap(version -> version.projects().stream())
                .filter(p -> p.projectCode().equals(projectCode))
                .findFirst()
                .orElseThrow(() -> new InvalidValue("planProjectCode", "project-of-approved-plan", "project "
                        + projectCode + " is not in the plan version in force on " + date));
    }

    @CommandHandler
    public String handle(RecordInspection command) {
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "inspectionDate");
        return recordAct(new InspectionRecorded(driveId, nextEventId(), Require.text(command.inspector(), "inspector"),
                Require.text(command.findings(), "findings"), texts(command.recommendations()),
                command.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(SubmitMonthlyReport command) {
        Require.present(command.form(), "form");
        Require.present(command.periodFrom(), "periodFrom");
        Require.present(command.periodTo(), "periodTo");
        if (command.periodTo().isBefore(command.periodFrom())) {
            throw new InvalidValue("periodTo", "period-order", "periodTo " + command.periodTo()
                    + " is before periodFrom " + command.periodFrom());
        }
        if (!fiscalYear.contains(command.periodFrom()) || !fiscalYear.contains(command.periodTo())) {
            throw new InvalidValue("periodFrom", "period-in-fiscal-year", "a report of FY " + fiscalYear.beYear()
                    + " covers months from " + fiscalYear.firstDay() + " to " + fiscalYear.lastDay());
        }
        // The fiscal year bounds the months a report covers, not the day it is sent: September's report is due
        // in early October and is an ordinary report of the year, not a late record.
        BusinessCalendar.checkBusinessDate(command.businessDate(), true, fiscalYear, command.recording(), "submittedOn");
        if (command.businessDate().isBefore(command.periodTo().atDay(1))) {
            throw new RuleViolation("report-before-period", "a report submitted on " + command.businessDate()
                    + " cannot cover " + command.periodTo() + ", which had not begun");
        }
        return recordAct(new MonthlyReportSubmitted(driveId, nextEventId(), command.form(), command.periodFrom(),
                command.periodTo(), blankToNull(command.letterNumber()), Require.text(command.summary(), "summary"),
                command.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(SubmitOneGoalSummary command) {
        if (history.firstOf(OneGoalSummarySubmitted.class).isPresent()) {
            throw new RuleViolation("one-goal-summary-already-submitted",
                    "the One Goal summary is already submitted; fix a mistake in it with a correction");
        }
        String letter = Require.text(command.letterNumber(), "letterNumber");
        checkDate(command.businessDate(), command.lateRecord(), command.recording(), "submittedOn");
        if (!kpi().reachedBy(KpiLevel.LEVEL_4, command.businessDate())) {
            LevelStatus level4 = kpi().level(KpiLevel.LEVEL_4);
            throw new RuleViolation("level-5-needs-level-4", "the One Goal summary (level 5) needs level 4 reached on"
                    + " or before " + command.businessDate() + ": " + (level4.reached()
                    ? "level 4 was reached only on " + level4.reachedOn() : level4.unmetBecause()));
        }
        if (command.peopleReached() < 0) {
            throw new InvalidValue("peopleReached", "not-negative", "peopleReached must not be negative");
        }
        return recordAct(new OneGoalSummarySubmitted(driveId, nextEventId(), letter, Require.text(command.results(), "results"),
                command.peopleReached(), command.businessDate(), command.lateRecord(), command.recording()));
    }

    @CommandHandler
    public String handle(CorrectRecord command) {
        String target = Require.text(command.correctsEventId(), "correctsEventId");
        RecordedAct original = history.act(target).orElseThrow(() -> new InvalidValue("correctsEventId",
                "recorded-act", target + " is not a recorded act of drive " + driveId
                + " (KPI events and corrections themselves cannot be corrected)"));
        String whatWasWrong = Require.text(command.whatWasWrong(), "whatWasWrong");
        Require.notEmpty(command.corrections(), "corrections");
        RecordedAct corrected = DriveHistory.applied(original, command.corrections());
        if (corrected instanceof PlanWork work && work.amountSpentSatang() != ((PlanWork) original).amountSpentSatang()) {
            BudgetRules.correctedSpending(DriveBudget.of(history), DriveBudget.of(history.with(work)),
                    (PlanWork) original, work);
        }
        if (!corrected.businessDate().equals(original.businessDate())) {
            BusinessCalendar.checkBusinessDate(corrected.businessDate(), true, fiscalYear, command.recording(),
                    "corrections.correctedValue");
        }
        // Mistakes are often found after the year is over (an audit, the next year's drive): a correction may be
        // dated after the fiscal year and is then flagged as late, never refused for it.
        BusinessCalendar.checkBusinessDate(command.businessDate(), true, fiscalYear, command.recording(), "correctedOn");
        boolean correctedLate = !fiscalYear.contains(command.businessDate());
        if (!corrected.businessDate().equals(original.businessDate()) && !original.lateRecord()
                && !fiscalYear.contains(corrected.businessDate())) {
            throw new RuleViolation("date-outside-fiscal-year", "the corrected date " + corrected.businessDate()
                    + " is outside fiscal year " + fiscalYear.beYear());
        }
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

    private String recordAct(RecordedAct act) {
        return recordAndReassess(act);
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
        return KpiAssessor.assess(history);
    }

    private String nextEventId() {
        return driveId + "/" + (eventCount + 1);
    }

    private void checkDate(LocalDate date, boolean lateRecord, Recording recording, String field) {
        BusinessCalendar.checkBusinessDate(date, lateRecord, fiscalYear, recording, field);
    }

    /** The meetings recorded under a number, of one type or (type null) of any: each body numbers its own. */
    private List<MeetingRecorded> meetings(String number, MeetingType type) {
        return history.actsOf(MeetingRecorded.class).stream()
                .filter(m -> m.meetingNumber().equals(number) && (type == null || m.meetingType() == type))
                .toList();
    }

    private MeetingRecorded recordedMeeting(String meetingNumber, MeetingType type) {
        String number = meetingNumber(meetingNumber);
        List<MeetingRecorded> found = meetings(number, type);
        if (found.isEmpty()) {
            throw new RuleViolation("meeting-not-recorded", "meeting " + number + " is not recorded for this drive:"
                    + " record the meeting first");
        }
        if (found.size() > 1) {
            throw new RuleViolation("meeting-number-ambiguous", "more than one body held a meeting " + number
                    + ": say which with meetingType");
        }
        return found.get(0);
    }

    private static String meetingNumber(String text) {
        String number = ThaiDates.arabicDigits(Require.text(text, "meetingNumber"));
        if (!MEETING_NUMBER.matcher(number).matches()) {
            throw new InvalidValue("meetingNumber", "meeting-number-format",
                    "a meeting number is its number in the BE year, like 1/2562; got '" + text + "'");
        }
        return number;
    }

    private Map<String, Member> currentMembers() {
        Map<String, Member> members = new LinkedHashMap<>();
        history.firstOf(WorkingGroupAppointed.class).ifPresent(a -> a.members().forEach(m -> members.put(m.name(), m)));
        for (WorkingGroupAmended amendment : history.actsOf(WorkingGroupAmended.class)) {
            amendment.membersRemoved().forEach(members::remove);
            amendment.membersAdded().forEach(m -> members.put(m.name(), m));
        }
        return members;
    }

    private Optional<PlanVersionRecorded> latestPlanVersion() {
        List<PlanVersionRecorded> versions = history.actsOf(PlanVersionRecorded.class);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * The latest version approved at a meeting on or before the date. The meeting's date is read as it stands
     * now (a correction of the meeting moves the approval with it, as it does for KPI level 2).
     */
    private Optional<PlanVersionRecorded> planInForceOn(LocalDate date) {
        Optional<PlanApproved> approval = history.actsOf(PlanApproved.class).stream()
                .filter(a -> !history.act(a.meetingEventId()).map(RecordedAct::businessDate)
                        .orElse(a.businessDate()).isAfter(date))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
        return approval.flatMap(a -> history.actsOf(PlanVersionRecorded.class).stream()
                .filter(v -> v.version() == a.version()).findFirst());
    }

    private static List<Member> validMembers(List<Member> members, String field) {
        List<Member> valid = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = Require.present(members.get(i), field + "[" + i + "]");
            String name = Require.text(m.name(), field + "[" + i + "].name");
            Require.present(m.sector(), field + "[" + i + "].sector");
            Require.present(m.role(), field + "[" + i + "].role");
            if (!names.add(name)) {
                throw new InvalidValue(field + "[" + i + "].name", "unique-member", name + " is listed twice");
            }
            valid.add(new Member(name, Require.text(m.position(), field + "[" + i + "].position"),
                    Require.text(m.organisation(), field + "[" + i + "].organisation"), m.sector(), m.role()));
        }
        return valid;
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
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
