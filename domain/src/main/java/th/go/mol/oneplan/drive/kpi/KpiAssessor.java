package th.go.mol.oneplan.drive.kpi;

import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the five KPI levels from a drive's acts as they read now (corrections applied). A pure function:
 * the same history always gives the same assessment, so a replay of the event store gives back every level
 * with the same date and evidence.
 *
 * <p>Each level needs the one before it, and only acts dated on or after the day the previous level was
 * reached count for the next: a visit before the plan was approved is not carrying out the plan.
 */
public final class KpiAssessor {
    private static final Comparator<RecordedAct> BY_BUSINESS_DATE = Comparator.comparing(RecordedAct::businessDate);

    private KpiAssessor() {
    }

    public static KpiAssessment assess(DriveHistory history) {
        List<LevelStatus> levels = new ArrayList<>();
        LevelStatus l1 = level1(history);
        levels.add(l1);
        LevelStatus l2 = l1.reached() ? level2(history, l1.reachedOn())
                : LevelStatus.unmet(KpiLevel.LEVEL_2, "level 1 is not reached");
        levels.add(l2);
        LevelStatus l3 = l2.reached()
                ? firstOnOrAfter(history, PlanWork.class, l2.reachedOn(), KpiLevel.LEVEL_3,
                "no field visit or activity under the approved plan is recorded on or after " + l2.reachedOn())
                : LevelStatus.unmet(KpiLevel.LEVEL_3, "level 2 is not reached");
        levels.add(l3);
        LevelStatus l4 = l3.reached() ? level4(history, l3.reachedOn())
                : LevelStatus.unmet(KpiLevel.LEVEL_4, "level 3 is not reached");
        levels.add(l4);
        LevelStatus l5 = l4.reached()
                ? firstOnOrAfter(history, OneGoalSummarySubmitted.class, l4.reachedOn(), KpiLevel.LEVEL_5,
                "no One Goal summary submitted on or after " + l4.reachedOn())
                : LevelStatus.unmet(KpiLevel.LEVEL_5, "level 4 is not reached");
        levels.add(l5);
        return new KpiAssessment(levels);
    }

    /** The sectors a membership covers. */
    public static Set<Sector> sectorsOf(Iterable<Member> members) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        members.forEach(m -> sectors.add(m.sector()));
        return sectors;
    }

    /**
     * Level 1: a signed order, and a membership covering government, private and people. Reached on the
     * order's date, or on the date of the amendment that completed the three sectors.
     */
    private static LevelStatus level1(DriveHistory history) {
        Optional<WorkingGroupAppointed> appointment = history.firstOf(WorkingGroupAppointed.class);
        if (appointment.isEmpty()) {
            return LevelStatus.unmet(KpiLevel.LEVEL_1, "no working group is appointed");
        }
        WorkingGroupAppointed order = appointment.get();
        if (order.signedBy() == null || order.signedBy().isBlank()) {
            return LevelStatus.unmet(KpiLevel.LEVEL_1, "the appointing order " + order.orderNumber() + " is not signed");
        }
        Map<String, Member> members = new LinkedHashMap<>();
        order.members().forEach(m -> members.put(m.name(), m));
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(order)));
        LocalDate coveredSince = sectorsOf(members.values()).size() == Sector.values().length ? order.businessDate() : null;
        List<WorkingGroupAmended> amendments = new ArrayList<>(history.actsOf(WorkingGroupAmended.class));
        amendments.sort(BY_BUSINESS_DATE);
        for (WorkingGroupAmended amendment : amendments) {
            amendment.membersRemoved().forEach(members::remove);
            amendment.membersAdded().forEach(m -> members.put(m.name(), m));
            boolean covered = sectorsOf(members.values()).size() == Sector.values().length;
            if (covered && coveredSince == null) {
                coveredSince = later(order.businessDate(), amendment.businessDate());
                evidence.add(Evidence.of(amendment));
            } else if (!covered) {
                coveredSince = null;
                evidence.removeIf(e -> !e.eventId().equals(order.eventId()));
            }
        }
        if (coveredSince == null) {
            Set<Sector> missing = EnumSet.allOf(Sector.class);
            missing.removeAll(sectorsOf(members.values()));
            return LevelStatus.unmet(KpiLevel.LEVEL_1, "the working group has no member from the " + missing + " sector");
        }
        return LevelStatus.reached(KpiLevel.LEVEL_1, coveredSince, evidence);
    }

    /**
     * Level 2: a plan version approved at a working-group meeting held on or after the day level 1 was
     * reached. A later revision waiting for approval does not undo it: the approved version stays in force.
     */
    private static LevelStatus level2(DriveHistory history, LocalDate level1ReachedOn) {
        List<Approval> approvals = new ArrayList<>();
        for (PlanApproved approval : history.actsOf(PlanApproved.class)) {
            Optional<MeetingRecorded> meeting = history.act(approval.meetingEventId())
                    .filter(MeetingRecorded.class::isInstance).map(MeetingRecorded.class::cast);
            if (meeting.isPresent() && meeting.get().meetingType() == MeetingType.WORKING_GROUP
                    && !meeting.get().businessDate().isBefore(level1ReachedOn)) {
                approvals.add(new Approval(approval, meeting.get()));
            }
        }
        if (approvals.isEmpty()) {
            return LevelStatus.unmet(KpiLevel.LEVEL_2,
                    "no plan version is approved at a working-group meeting held on or after " + level1ReachedOn);
        }
        Approval first = approvals.stream().min(Comparator.comparing(a -> a.meeting.businessDate())).orElseThrow();
        List<Evidence> evidence = new ArrayList<>();
        history.actsOf(PlanVersionRecorded.class).stream()
                .filter(v -> v.version() == first.approval.version())
                .findFirst()
                .ifPresent(v -> evidence.add(Evidence.of(v)));
        evidence.add(Evidence.of(first.meeting));
        // The approval is dated by its meeting, as that meeting reads now (it may have been corrected).
        evidence.add(new Evidence(first.approval.eventId(), PlanApproved.class.getSimpleName(),
                first.meeting.businessDate(), first.approval.documentReference()));
        return LevelStatus.reached(KpiLevel.LEVEL_2, first.meeting.businessDate(), evidence);
    }

    /**
     * Level 4: progress followed up and reported. Reached on the day of the first monthly report submitted on or
     * after the day level 3 was reached (reporting on implementation needs implementation), but its evidence
     * names <em>every</em> such report, not only that first one: inspectors ask which reports followed up the
     * plan, and the answer is all of them. The drive records {@link KpiLevelReached} again (same day, longer
     * evidence) each time a report joins, so the event store also says when each one was added.
     *
     * <p>A report is evidence only as the first submission for its reporting period (the same form, first month
     * and last month). A later submission for that period is a resubmission: it stays in the trail but is not new
     * evidence, even when the first submission came before level 3. "First" and the order of the evidence are by
     * business date, then by the order the reports were recorded (their position in the drive's stream), so a
     * corrected date moves a report in, out of or along the list.
     */
    private static LevelStatus level4(DriveHistory history, LocalDate level3ReachedOn) {
        List<MonthlyReportSubmitted> reports = new ArrayList<>(history.actsOf(MonthlyReportSubmitted.class));
        // A stable sort: reports of the same day stay in the order they were recorded.
        reports.sort(BY_BUSINESS_DATE);
        Set<ReportedPeriod> periodsReported = new HashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (MonthlyReportSubmitted report : reports) {
            boolean firstForItsPeriod = periodsReported.add(ReportedPeriod.of(report));
            if (firstForItsPeriod && !report.businessDate().isBefore(level3ReachedOn)) {
                evidence.add(Evidence.of(report));
            }
        }
        if (evidence.isEmpty()) {
            return LevelStatus.unmet(KpiLevel.LEVEL_4, "no progress report submitted on or after " + level3ReachedOn
                    + ", when implementation began");
        }
        return LevelStatus.reached(KpiLevel.LEVEL_4, evidence.get(0).businessDate(), evidence);
    }

    private static <T extends RecordedAct> LevelStatus firstOnOrAfter(DriveHistory history, Class<T> type, LocalDate from,
                                                                     KpiLevel level, String unmetBecause) {
        return history.actsOf(type).stream()
                .filter(act -> !act.businessDate().isBefore(from))
                .min(BY_BUSINESS_DATE)
                .map(act -> LevelStatus.reached(level, act.businessDate(), List.of(Evidence.of(act))))
                .orElseGet(() -> LevelStatus.unmet(level, unmetBecause));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Approval(PlanApproved approval, MeetingRecorded meeting) {
    }

    /** What a monthly report reports on: a form for a run of months. Two reports of one period are one report sent twice. */
    private record ReportedPeriod(ReportForm form, YearMonth from, YearMonth to) {
        static ReportedPeriod of(MonthlyReportSubmitted report) {
            return new ReportedPeriod(report.form(), report.periodFrom(), report.periodTo());
        }
    }
}
