package th.go.mol.oneplan.query.summary;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitRules;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.kpi.LevelStatus;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.budget.Money;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Activity;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Budget;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.ByAgency;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.ByMonth;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.BySource;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.CorrectedField;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Correction;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.DueReport;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Evidence;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.FieldVisit;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.FollowUp;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Inspection;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Kpi;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.KpiEvent;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.LateRecord;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Level;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.MonthlyReport;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.People;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.PlanVersion;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Project;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Reporting;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.ServiceCount;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.Step;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary.SummaryLetter;
import th.go.mol.oneplan.register.ServiceDelivered;
import th.go.mol.oneplan.reportingrules.ComplianceStatus;
import th.go.mol.oneplan.reportingrules.ReportingCalendar;
import th.go.mol.oneplan.reportingrules.ReportingPeriod;
import th.go.mol.oneplan.reportingrules.ReportingRules;
import th.go.mol.oneplan.reportingrules.ReportingRulesDeclared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds a drive's events of one fiscal year into its {@link OneGoalYearSummary}. Pure: no Spring, no database,
 * no clock of its own, so the same events and clocks always give the same summary (the HTTP endpoint and the
 * year-end job both call it; docs/one-goal-summary.md).
 *
 * <p>The two clocks ({@link Clocks}): events recorded after {@code recordedAsOf} are left out before anything
 * else (the ledger as it read then, before later acts and corrections); then the acts are read with every
 * correction left in applied, and those whose business date (as corrected) is after {@code asOf} are left out.
 * The drive's start always stays: it names the drive. The KPI, the budget and the flags are then derived by the
 * domain's own rules ({@link KpiAssessor}, {@link DriveBudget}, {@link FieldVisitRules}) from what is left.
 */
public final class OneGoalSummaryFold {
    /** Acts of the same day read in the order they were recorded. */
    private static final Comparator<Placed<? extends RecordedAct>> BY_DAY_THEN_RECORDED =
            Comparator.<Placed<? extends RecordedAct>, LocalDate>comparing(p -> p.act().businessDate())
                    .thenComparingLong(Placed::position);
    private static final Comparator<Owner> OWNER_ORDER = Comparator.comparing(Owner::agency)
            .thenComparing(Owner::partnerAgency, Comparator.nullsFirst(Comparator.naturalOrder()));

    private OneGoalSummaryFold() {
    }

    /** The summary; empty when the drive's start is not among the events (unknown, or not yet recorded then). */
    public static Optional<OneGoalYearSummary> fold(DriveYearEvents events, Clocks clocks) {
        Read read = Read.of(events, clocks);
        if (read.started == null) {
            return Optional.empty();
        }
        ProvincialDriveStarted started = read.started;
        FiscalYear year = new FiscalYear(started.fiscalYear());
        DriveHistory history = read.history;
        KpiAssessment assessment = KpiAssessor.assess(history);
        DriveBudget budget = DriveBudget.of(history);
        List<Placed<FieldVisitLogged>> visits = read.placed(FieldVisitLogged.class);
        List<Placed<ActivityRecorded>> activities = read.placed(ActivityRecorded.class);
        List<PlanVersionRecorded> versions = history.actsOf(PlanVersionRecorded.class);
        PlanVersionRecorded inForce = versions.stream().filter(v -> v.version() == budget.versionInForce())
                .findFirst().orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1));
        return Optional.of(new OneGoalYearSummary(started.driveId(), started.provinceCode(), started.provinceNameTh(),
                started.provinceNameEn(), started.fiscalYear(), year.firstDay(), year.lastDay(),
                started.leadOfficer().name(), started.leadOfficer().position(), started.businessDate(),
                inForce == null ? null : inForce.oneGoal(), kpi(assessment), kpiEvents(read), steps(read, year),
                planVersions(read), projects(budget, inForce, visits, activities), budget(budget, year),
                fieldVisits(visits, history), activities(activities), people(read, budget, visits, activities),
                reporting(read, year, clocks), inspections(read), corrections(read), lateRecords(read),
                clocks.basis(read.lastPosition, read.lastRecordedAt)));
    }

    private static Kpi kpi(KpiAssessment assessment) {
        return new Kpi(assessment.currentLevel(), assessment.levels().stream().map(OneGoalSummaryFold::level).toList());
    }

    private static Level level(LevelStatus s) {
        return new Level(s.level().number(), s.level().criterion(), s.reached(), s.reachedOn(),
                s.evidence().stream().map(e -> new Evidence(e.eventId(), e.type(), e.businessDate(),
                        e.documentReference())).toList(), s.unmetBecause());
    }

    private static List<KpiEvent> kpiEvents(Read read) {
        List<KpiEvent> events = new ArrayList<>();
        for (LedgerEvent e : read.driveEvents) {
            if (e.payload() instanceof KpiLevelReached r && read.clocks.happenedBy(r.businessDate())) {
                events.add(new KpiEvent(r.eventId(), r.level(), "REACHED", r.businessDate(), r.causedByEventId(),
                        e.recordedAt()));
            } else if (e.payload() instanceof KpiLevelLost l && read.clocks.happenedBy(l.businessDate())) {
                events.add(new KpiEvent(l.eventId(), l.level(), "LOST", l.businessDate(), l.causedByEventId(),
                        e.recordedAt()));
            }
        }
        return events;
    }

    /** The six steps of DOMAIN.md, each from the acts that make it up. */
    private static List<Step> steps(Read read, FiscalYear year) {
        DriveHistory h = read.history;
        List<RecordedAct> prepare = new ArrayList<>();
        h.firstOf(ProvincialDriveStarted.class).ifPresent(prepare::add);
        prepare.addAll(h.actsOf(AgendaItemsSelected.class));
        h.actsOf(MeetingRecorded.class).stream()
                .filter(m -> m.meetingType() != MeetingType.WORKING_GROUP)
                .filter(m -> h.firstOf(WorkingGroupAppointed.class)
                        .map(w -> m.businessDate().isBefore(w.businessDate())).orElse(true))
                .forEach(prepare::add);
        List<RecordedAct> appoint = new ArrayList<>(h.actsOf(WorkingGroupAppointed.class));
        appoint.addAll(h.actsOf(WorkingGroupAmended.class));
        List<RecordedAct> plan = new ArrayList<>(h.actsOf(PlanVersionRecorded.class));
        plan.addAll(h.actsOf(PlanApproved.class));
        plan.addAll(h.actsOf(MeetingRecorded.class).stream()
                .filter(m -> m.meetingType() == MeetingType.WORKING_GROUP).toList());
        List<RecordedAct> implement = new ArrayList<>(h.actsOf(PlanWork.class));
        List<RecordedAct> follow = new ArrayList<>(h.actsOf(MonthlyReportSubmitted.class));
        follow.addAll(h.actsOf(InspectionRecorded.class));
        List<RecordedAct> summarise = new ArrayList<>(h.actsOf(OneGoalSummarySubmitted.class));
        return List.of(step(1, "Plan and prepare", prepare, read), step(2, "Appoint the pracharat working group",
                        appoint, read),
                step(3, "Meet and make the One Plan and Action Plan", plan, read),
                step(4, "Carry out the plan", implement, read), step(5, "Follow up and report", follow, read),
                step(6, "Summarise against the One Goal and report by " + year.lastDay(), summarise, read));
    }

    private static Step step(int number, String title, List<RecordedAct> acts, Read read) {
        List<RecordedAct> inOrder = acts.stream()
                .sorted(Comparator.comparing(RecordedAct::businessDate).thenComparingLong(a -> read.position(a.eventId())))
                .toList();
        LocalDate from = inOrder.isEmpty() ? null : inOrder.get(0).businessDate();
        LocalDate to = inOrder.isEmpty() ? null : inOrder.get(inOrder.size() - 1).businessDate();
        return new Step(number, title, !inOrder.isEmpty(), from, to, inOrder.size(),
                inOrder.stream().map(RecordedAct::eventId).toList());
    }

    private static List<PlanVersion> planVersions(Read read) {
        DriveHistory h = read.history;
        Map<Integer, PlanApproved> approvals = new LinkedHashMap<>();
        h.actsOf(PlanApproved.class).forEach(a -> approvals.putIfAbsent(a.version(), a));
        int inForce = approvals.keySet().stream().max(Integer::compare).orElse(0);
        List<PlanVersion> result = new ArrayList<>();
        for (PlanVersionRecorded v : h.actsOf(PlanVersionRecorded.class)) {
            PlanApproved approval = approvals.get(v.version());
            String status = approval == null ? "DRAFT" : v.version() == inForce ? "APPROVED" : "SUPERSEDED";
            PlanRevised revision = v instanceof PlanRevised r ? r : null;
            long total = v.projects().stream().mapToLong(PlanProject::budgetSatang).sum();
            result.add(new PlanVersion(v.version(), v.eventId(), status, v.businessDate(),
                    revision == null ? null : revision.revisesVersion(), revision == null ? null : revision.reason(),
                    revision == null ? null : revision.inspectionEventId(), v.projects().size(), Money.of(total),
                    approval == null ? null : approval.meetingNumber(),
                    approval == null ? null : approvedOn(approval, h), read.corrected(v.eventId())));
        }
        return result;
    }

    /** An approval is dated by its meeting as that meeting reads now. */
    private static LocalDate approvedOn(PlanApproved approval, DriveHistory h) {
        return h.act(approval.meetingEventId()).map(RecordedAct::businessDate).orElse(approval.businessDate());
    }

    private static List<Project> projects(DriveBudget budget, PlanVersionRecorded inForce,
                                          List<Placed<FieldVisitLogged>> visits,
                                          List<Placed<ActivityRecorded>> activities) {
        Map<String, PlanProject> planned = new LinkedHashMap<>();
        if (inForce != null) {
            inForce.projects().forEach(p -> planned.put(p.projectCode(), p));
        }
        Map<String, DriveBudget.Project> money = new LinkedHashMap<>();
        budget.projects().forEach(p -> money.put(p.projectCode(), p));
        Set<String> codes = new LinkedHashSet<>(planned.keySet());
        codes.addAll(money.keySet());
        List<Project> result = new ArrayList<>();
        for (String code : codes) {
            PlanProject p = planned.get(code);
            DriveBudget.Project m = money.get(code);
            long allocated = m == null ? (p == null ? 0 : p.budgetSatang()) : m.allocatedSatang();
            long spent = m == null ? 0 : m.spentSatang();
            result.add(new Project(code, p != null ? p.name() : m.name(),
                    p != null ? p.owningAgency() : m.owningAgency(), p != null ? p.partnerAgency() : m.partnerAgency(),
                    p == null ? null : p.targetGroup(), p == null ? 0 : p.targetHeadcount(),
                    p == null ? List.of() : p.pilotSites(), m != null && m.cancelled(), Money.of(allocated),
                    Money.of(spent), m == null ? 0 : m.peopleReached(),
                    (int) visits.stream().filter(v -> code.equals(v.act().planProjectCode())).count(),
                    (int) activities.stream().filter(a -> code.equals(a.act().planProjectCode())).count()));
        }
        return result;
    }

    private static Budget budget(DriveBudget budget, FiscalYear year) {
        Map<Owner, long[]> byOwner = new TreeMap<>(OWNER_ORDER);
        Map<BudgetSource, long[]> bySource = new TreeMap<>();
        for (DriveBudget.Project project : budget.projects()) {
            for (DriveBudget.AllocationLine line : project.allocations()) {
                add(byOwner.computeIfAbsent(new Owner(line.allocation().agency(), line.allocation().partnerAgency()),
                        o -> new long[2]), line);
                add(bySource.computeIfAbsent(line.allocation().budgetSource(), s -> new long[2]), line);
            }
        }
        List<ByMonth> months = new ArrayList<>();
        Map<YearMonth, Long> spent = budget.spentByMonth();
        for (YearMonth m = YearMonth.from(year.firstDay()); !m.isAfter(YearMonth.from(year.lastDay()));
             m = m.plusMonths(1)) {
            months.add(new ByMonth(m, Money.of(spent.getOrDefault(m, 0L))));
        }
        // Spending dated outside the fiscal year (a late record may be) is listed after it, not dropped.
        spent.keySet().stream().filter(m -> !year.contains(m))
                .forEach(m -> months.add(new ByMonth(m, Money.of(spent.get(m)))));
        return new Budget(budget.versionInForce(), Money.of(budget.allocatedSatang()), Money.of(budget.spentSatang()),
                Money.of(budget.remainingSatang()),
                byOwner.entrySet().stream().map(e -> new ByAgency(e.getKey().agency(), e.getKey().partnerAgency(),
                        Money.of(e.getValue()[0]), Money.of(e.getValue()[1]))).toList(),
                bySource.entrySet().stream().map(e -> new BySource(e.getKey(), Money.of(e.getValue()[0]),
                        Money.of(e.getValue()[1]))).toList(),
                months);
    }

    private static void add(long[] sums, DriveBudget.AllocationLine line) {
        sums[0] += line.allocatedSatang();
        sums[1] += line.spentSatang();
    }

    private static List<FieldVisit> fieldVisits(List<Placed<FieldVisitLogged>> visits, DriveHistory history) {
        return visits.stream().map(p -> {
            FieldVisitLogged v = p.act();
            List<String> flags = FieldVisitRules.outsidePlanInForce(v, history).stream().toList();
            return new FieldVisit(v.eventId(), v.businessDate(), v.siteSubdistrictCode(), v.siteNameTh(), v.venue(),
                    v.centreId(), v.planProjectCode(), v.peopleReached(), v.workerIds().size(),
                    Money.of(v.amountSpentSatang()), !flags.isEmpty(), flags, v.lateRecord(), p.corrected());
        }).toList();
    }

    private static List<Activity> activities(List<Placed<ActivityRecorded>> activities) {
        return activities.stream().map(p -> {
            ActivityRecorded a = p.act();
            return new Activity(a.eventId(), a.businessDate(), a.siteSubdistrictCode(), a.siteNameTh(), a.agency(),
                    a.planProjectCode(), a.description(), a.participants(), a.workerIds().size(),
                    Money.of(a.amountSpentSatang()), a.lateRecord(), p.corrected());
        }).toList();
    }

    private static People people(Read read, DriveBudget budget, List<Placed<FieldVisitLogged>> visits,
                                 List<Placed<ActivityRecorded>> activities) {
        Set<String> workers = new HashSet<>();
        visits.forEach(v -> workers.addAll(v.act().workerIds()));
        activities.forEach(a -> workers.addAll(a.act().workerIds()));
        Map<String, Long> byKind = new TreeMap<>();
        long services = 0;
        for (ServiceDelivered s : read.services) {
            workers.add(s.workerId());
            byKind.merge(s.service().name(), 1L, Long::sum);
            services++;
        }
        Integer stated = read.history.firstOf(OneGoalSummarySubmitted.class).map(OneGoalSummarySubmitted::peopleReached)
                .orElse(null);
        return new People(budget.peopleReached(), workers.size(), services,
                byKind.entrySet().stream().map(e -> new ServiceCount(e.getKey(), e.getValue())).toList(), stated);
    }

    private static Reporting reporting(Read read, FiscalYear year, Clocks clocks) {
        List<Placed<MonthlyReportSubmitted>> reports = read.placed(MonthlyReportSubmitted.class);
        List<MonthlyReport> submissions = reports.stream().map(p -> {
            MonthlyReportSubmitted r = p.act();
            return new MonthlyReport(r.eventId(), r.form(), r.periodFrom(), r.periodTo(), r.letterNumber(),
                    r.businessDate(), r.lateRecord(), p.corrected());
        }).toList();
        int periods = (int) reports.stream().map(p -> List.of(p.act().form(), p.act().periodFrom(), p.act().periodTo()))
                .distinct().count();
        ReportingRules rules = read.rules;
        List<DueReport> calendar = List.of();
        Integer onTime = null;
        Integer late = null;
        Integer missing = null;
        if (rules != null) {
            List<ReportingPeriod> due = rules.periods();
            // Without asOf, the year is read once every report has fallen due, so the calendar never depends on today.
            LocalDate asOf = clocks.asOf() != null ? clocks.asOf()
                    : due.stream().map(ReportingPeriod::dueDate).max(Comparator.naturalOrder()).orElse(year.lastDay());
            List<th.go.mol.oneplan.reportingrules.DueReport> assessed = ReportingCalendar.assess(rules,
                    reports.stream().map(Placed::act).toList(), asOf);
            calendar = assessed.stream().map(d -> new DueReport(d.period().from(), d.period().to(), d.period().dueDate(),
                    d.status(), d.daysLate(), d.satisfiedByEventId(), d.submittedOn())).toList();
            onTime = count(assessed, ComplianceStatus.ON_TIME);
            late = count(assessed, ComplianceStatus.LATE);
            missing = count(assessed, ComplianceStatus.MISSING);
        }
        SummaryLetter letter = read.placed(OneGoalSummarySubmitted.class).stream().findFirst().map(p -> {
            OneGoalSummarySubmitted o = p.act();
            return new SummaryLetter(o.eventId(), o.letterNumber(), o.businessDate(), year.lastDay(),
                    !o.businessDate().isAfter(year.lastDay()), o.peopleReached(), o.results(), p.corrected());
        }).orElse(null);
        return new Reporting(submissions.size(), periods, submissions, rules == null ? null : rules.letterNumber(),
                calendar, onTime, late, missing, letter);
    }

    private static int count(List<th.go.mol.oneplan.reportingrules.DueReport> calendar, ComplianceStatus status) {
        return (int) calendar.stream().filter(d -> d.status() == status).count();
    }

    /**
     * Each inspection with the plan revisions that followed it: those that name it, and a revision that names no
     * inspection goes to the latest inspection on or before the day it was written.
     */
    private static List<Inspection> inspections(Read read) {
        DriveHistory h = read.history;
        List<Placed<InspectionRecorded>> inspections = read.placed(InspectionRecorded.class);
        Map<Integer, PlanApproved> approvals = new HashMap<>();
        h.actsOf(PlanApproved.class).forEach(a -> approvals.putIfAbsent(a.version(), a));
        Map<String, List<FollowUp>> followUps = new LinkedHashMap<>();
        inspections.forEach(i -> followUps.put(i.act().eventId(), new ArrayList<>()));
        for (Placed<PlanRevised> placed : read.placed(PlanRevised.class)) {
            PlanRevised r = placed.act();
            String link;
            String inspectionId;
            if (r.inspectionEventId() != null && followUps.containsKey(r.inspectionEventId())) {
                link = "NAMED";
                inspectionId = r.inspectionEventId();
            } else if (r.inspectionEventId() == null) {
                link = "FOLLOWING";
                inspectionId = inspections.stream()
                        .filter(i -> !i.act().businessDate().isAfter(r.businessDate()))
                        .reduce((a, b) -> b).map(i -> i.act().eventId()).orElse(null);
            } else {
                // It names an inspection left out by the clocks (or of another record): not listed here.
                continue;
            }
            if (inspectionId != null) {
                PlanApproved approval = approvals.get(r.version());
                followUps.get(inspectionId).add(new FollowUp(link, r.eventId(), r.version(), r.businessDate(),
                        r.reason(), approval != null, approval == null ? null : approvedOn(approval, h)));
            }
        }
        return inspections.stream().map(p -> {
            InspectionRecorded i = p.act();
            return new Inspection(i.eventId(), i.businessDate(), i.inspector(), i.findings(), i.recommendations(),
                    List.copyOf(followUps.get(i.eventId())));
        }).toList();
    }

    private static List<Correction> corrections(Read read) {
        return read.corrections.stream()
                .filter(c -> read.history.act(c.payload().correctsEventId()).isPresent())
                .map(c -> {
                    RecordCorrected r = c.payload();
                    return new Correction(r.eventId(), r.correctsEventId(), r.correctedEventType(), r.whatWasWrong(),
                            r.corrections().stream().map(f -> new CorrectedField(f.field(), f.correctedValue())).toList(),
                            r.businessDate(), c.recordedAt(), r.lateRecord());
                }).toList();
    }

    private static List<LateRecord> lateRecords(Read read) {
        return read.placed(RecordedAct.class).stream()
                .filter(p -> p.act().lateRecord())
                .map(p -> new LateRecord(p.act().eventId(), p.act().getClass().getSimpleName(), p.act().businessDate(),
                        read.recordedAt(p.act().eventId()), p.act().documentReference()))
                .toList();
    }

    /** A payload with the event it came in. */
    private record Typed<T>(T payload, Instant recordedAt, long position) {
    }

    /** An act as it reads now, where it was recorded and whether a correction made it read so. */
    private record Placed<T extends RecordedAct>(T act, long position, boolean corrected) {
    }

    private record Owner(Agency agency, String partnerAgency) {
    }

    /** The events read by the clocks, the history they give, and where each act came from. */
    private static final class Read {
        private final Clocks clocks;
        private final List<LedgerEvent> driveEvents = new ArrayList<>();
        private final List<Typed<RecordCorrected>> corrections = new ArrayList<>();
        private final List<ServiceDelivered> services = new ArrayList<>();
        private final Map<String, Long> positions = new HashMap<>();
        private final Map<String, Instant> recordedAt = new HashMap<>();
        private final Set<String> corrected = new TreeSet<>();
        private DriveHistory history;
        private ProvincialDriveStarted started;
        private ReportingRules rules;
        private Long lastPosition;
        private Instant lastRecordedAt;

        private Read(Clocks clocks) {
            this.clocks = clocks;
        }

        static Read of(DriveYearEvents events, Clocks clocks) {
            Read read = new Read(clocks);
            DriveHistory recorded = new DriveHistory();
            for (LedgerEvent e : events.drive()) {
                if (!read.take(e)) {
                    continue;
                }
                read.driveEvents.add(e);
                if (e.payload() instanceof RecordCorrected c) {
                    recorded.correct(c);
                    read.corrections.add(new Typed<>(c, e.recordedAt(), e.position()));
                    read.corrected.add(c.correctsEventId());
                } else if (e.payload() instanceof RecordedAct act) {
                    recorded.record(act);
                    read.positions.put(act.eventId(), e.position());
                    read.recordedAt.put(act.eventId(), e.recordedAt());
                }
            }
            read.history = new DriveHistory();
            for (RecordedAct act : recorded.acts()) {
                if (act instanceof ProvincialDriveStarted s) {
                    read.started = s;
                    read.history.record(act);
                } else if (clocks.happenedBy(act.businessDate())) {
                    read.history.record(act);
                }
            }
            for (LedgerEvent e : events.register()) {
                if (e.payload() instanceof ServiceDelivered s && Objects.equals(s.driveId(), events.driveId())
                        && read.take(e) && clocks.happenedBy(s.businessDate())) {
                    read.services.add(s);
                }
            }
            for (LedgerEvent e : events.reportingRules()) {
                if (e.payload() instanceof ReportingRulesDeclared declared && read.take(e)) {
                    // The latest version recorded is the one in force.
                    read.rules = declared.rules();
                }
            }
            return read;
        }

        /** Whether the event was recorded by {@code recordedAsOf}; if so it counts towards the basis. */
        private boolean take(LedgerEvent e) {
            if (!clocks.recordedBy(e.recordedAt())) {
                return false;
            }
            if (lastPosition == null || e.position() > lastPosition) {
                lastPosition = e.position();
                lastRecordedAt = e.recordedAt();
            }
            return true;
        }

        long position(String eventId) {
            return positions.getOrDefault(eventId, Long.MAX_VALUE);
        }

        Instant recordedAt(String eventId) {
            return recordedAt.get(eventId);
        }

        boolean corrected(String eventId) {
            return corrected.contains(eventId);
        }

        /** The acts of a kind as they read now, by business date, then in the order recorded. */
        <T extends RecordedAct> List<Placed<T>> placed(Class<T> type) {
            return history.actsOf(type).stream()
                    .map(a -> new Placed<>(a, position(a.eventId()), corrected(a.eventId())))
                    .sorted(BY_DAY_THEN_RECORDED)
                    .toList();
        }
    }
}
