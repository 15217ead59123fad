package th.go.mol.oneplan.query.detail;

import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitRules;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.query.Baht;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.acts.StoredAct;
import th.go.mol.oneplan.query.detail.DriveDetail.Activity;
import th.go.mol.oneplan.query.detail.DriveDetail.AgendaSelection;
import th.go.mol.oneplan.query.detail.DriveDetail.Amendment;
import th.go.mol.oneplan.query.detail.DriveDetail.FieldVisit;
import th.go.mol.oneplan.query.detail.DriveDetail.Inspection;
import th.go.mol.oneplan.query.detail.DriveDetail.Meeting;
import th.go.mol.oneplan.query.detail.DriveDetail.MonthlyReport;
import th.go.mol.oneplan.query.detail.DriveDetail.OneGoalSummary;
import th.go.mol.oneplan.query.detail.DriveDetail.Plan;
import th.go.mol.oneplan.query.detail.DriveDetail.PlanVersion;
import th.go.mol.oneplan.query.detail.DriveDetail.PlannedAllocation;
import th.go.mol.oneplan.query.detail.DriveDetail.Project;
import th.go.mol.oneplan.query.detail.DriveDetail.WorkingGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a drive's stored acts (corrections applied, in stream order) together into its {@link DriveDetail}.
 * Pure: no database, so the same acts always read the same.
 */
public final class DriveDetailAssembler {
    private DriveDetailAssembler() {
    }

    /** The drive's detail, counting no registered worker served; empty when the acts do not include its start. */
    public static Optional<DriveDetail> assemble(List<StoredAct> acts) {
        return assemble(acts, 0);
    }

    /**
     * The drive's detail; empty when the acts do not include its start.
     *
     * @param registeredWorkersServed counted in its own table (each worker once per drive), not from the acts:
     *                                services of the register name the drive too
     */
    public static Optional<DriveDetail> assemble(List<StoredAct> acts, long registeredWorkersServed) {
        Optional<StoredAct> start = acts.stream().filter(a -> a.act() instanceof ProvincialDriveStarted).findFirst();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        ProvincialDriveStarted started = (ProvincialDriveStarted) start.get().act();
        int kpiLevel = KpiAssessor.assess(DriveActs.historyOf(acts)).currentLevel();
        return Optional.of(new DriveDetail(started.driveId(), started.eventId(), started.provinceCode(),
                started.provinceNameTh(), started.provinceNameEn(), started.fiscalYear(), started.leadOfficer(),
                started.businessDate(), started.lateRecord(), start.get().corrected(), start.get().correctedBy(),
                kpiLevel, registeredWorkersServed, agendaItems(acts), workingGroup(acts), meetings(acts), plan(acts), fieldVisits(acts),
                activities(acts), inspections(acts), monthlyReports(acts), oneGoalSummary(acts), null));
    }

    private static List<AgendaSelection> agendaItems(List<StoredAct> acts) {
        return of(acts, AgendaItemsSelected.class).stream().map(s -> {
            AgendaItemsSelected a = (AgendaItemsSelected) s.act();
            return new AgendaSelection(a.eventId(), a.items(), a.meetingNumber(), a.businessDate(), a.businessDate(),
                    a.lateRecord(), s.corrected(), s.correctedBy());
        }).toList();
    }

    private static WorkingGroup workingGroup(List<StoredAct> acts) {
        List<StoredAct> appointments = of(acts, WorkingGroupAppointed.class);
        if (appointments.isEmpty()) {
            return null;
        }
        StoredAct stored = appointments.get(0);
        WorkingGroupAppointed order = (WorkingGroupAppointed) stored.act();
        Map<String, Member> members = new LinkedHashMap<>();
        order.members().forEach(m -> members.put(m.name(), m));
        List<Amendment> amendments = new ArrayList<>();
        for (StoredAct s : of(acts, WorkingGroupAmended.class)) {
            WorkingGroupAmended a = (WorkingGroupAmended) s.act();
            // In stream order, as the drive itself applied them when it checked each amendment.
            a.membersRemoved().forEach(members::remove);
            a.membersAdded().forEach(m -> members.put(m.name(), m));
            amendments.add(new Amendment(a.eventId(), a.orderNumber(), a.businessDate(), a.membersAdded(),
                    a.membersRemoved(), a.reason(), a.businessDate(), a.lateRecord(), s.corrected(), s.correctedBy()));
        }
        return new WorkingGroup(order.eventId(), order.orderNumber(), order.businessDate(), order.signedBy(),
                List.copyOf(members.values()), amendments, order.businessDate(), order.lateRecord(), stored.corrected(),
                stored.correctedBy());
    }

    private static List<Meeting> meetings(List<StoredAct> acts) {
        return of(acts, MeetingRecorded.class).stream().map(s -> {
            MeetingRecorded m = (MeetingRecorded) s.act();
            return new Meeting(m.eventId(), m.meetingNumber(), m.meetingType(), m.businessDate(), m.chair(),
                    m.attendees(), m.resolutions(), m.businessDate(), m.lateRecord(), s.corrected(), s.correctedBy());
        }).toList();
    }

    private static Plan plan(List<StoredAct> acts) {
        Map<Integer, PlanApproved> approvals = new LinkedHashMap<>();
        for (StoredAct s : of(acts, PlanApproved.class)) {
            PlanApproved approval = (PlanApproved) s.act();
            approvals.putIfAbsent(approval.version(), approval);
        }
        Integer inForce = approvals.keySet().stream().max(Integer::compare).orElse(null);
        List<PlanVersion> versions = new ArrayList<>();
        PlanVersion versionInForce = null;
        for (StoredAct s : of(acts, PlanVersionRecorded.class)) {
            PlanVersionRecorded v = (PlanVersionRecorded) s.act();
            PlanApproved approval = approvals.get(v.version());
            PlanVersionStatus status = approval == null ? PlanVersionStatus.DRAFT
                    : v.version() == inForce ? PlanVersionStatus.APPROVED : PlanVersionStatus.SUPERSEDED;
            PlanRevised revision = v instanceof PlanRevised r ? r : null;
            long totalSatang = v.projects().stream().mapToLong(PlanProject::budgetSatang).sum();
            PlanVersion version = new PlanVersion(v.eventId(), v.version(), status, v.oneGoal(),
                    v.projects().stream().map(DriveDetailAssembler::project).toList(), Baht.of(totalSatang),
                    totalSatang, v.businessDate(), revision == null ? null : revision.revisesVersion(),
                    revision == null ? null : revision.reason(), revision == null ? null : revision.inspectionEventId(),
                    approval == null ? null : approval.eventId(), approval == null ? null : approval.meetingNumber(),
                    approval == null ? null : approvedOn(approval, acts), v.businessDate(), v.lateRecord(),
                    s.corrected(), s.correctedBy());
            versions.add(version);
            if (status == PlanVersionStatus.APPROVED) {
                versionInForce = version;
            }
        }
        return new Plan(versions, versionInForce == null ? null : versionInForce.version(),
                versionInForce == null ? null : versionInForce.totalBudget(),
                versionInForce == null ? null : versionInForce.totalBudgetSatang());
    }

    /** An approval cannot be corrected, its meeting can: the approval is dated by the meeting as it reads now. */
    private static LocalDate approvedOn(PlanApproved approval, List<StoredAct> acts) {
        return acts.stream().map(StoredAct::act)
                .filter(a -> a instanceof MeetingRecorded && a.eventId().equals(approval.meetingEventId()))
                .map(RecordedAct::businessDate)
                .findFirst()
                .orElse(approval.businessDate());
    }

    private static Project project(PlanProject p) {
        return new Project(p.projectCode(), p.name(), p.owningAgency(), p.partnerAgency(), p.targetGroup(),
                p.targetHeadcount(), p.pilotSites(), Baht.of(p.budgetSatang()), p.budgetSatang(),
                p.allocations().stream().map(a -> new PlannedAllocation(a.budgetSource(), a.agency(),
                        a.partnerAgency(), Baht.of(a.amountSatang()), a.amountSatang())).toList());
    }

    private static List<FieldVisit> fieldVisits(List<StoredAct> acts) {
        DriveHistory history = DriveActs.historyOf(acts);
        return of(acts, FieldVisitLogged.class).stream().map(s -> {
            FieldVisitLogged v = (FieldVisitLogged) s.act();
            return new FieldVisit(v.eventId(), v.businessDate(), v.siteSubdistrictCode(), v.siteNameTh(), v.venue(),
                    v.centreId(), v.agenciesPresent(), v.peopleReached(), v.workerIds(), v.servicesDelivered(), v.planProjectCode(),
                    Baht.of(v.amountSpentSatang()), v.amountSpentSatang(), v.fundedBy(), v.businessDate(),
                    v.lateRecord(), s.corrected(), s.correctedBy(),
                    FieldVisitRules.outsidePlanInForce(v, history).stream().toList());
        }).toList();
    }

    private static List<Activity> activities(List<StoredAct> acts) {
        return of(acts, ActivityRecorded.class).stream().map(s -> {
            ActivityRecorded a = (ActivityRecorded) s.act();
            return new Activity(a.eventId(), a.businessDate(), a.siteSubdistrictCode(), a.siteNameTh(),
                    a.participants(), a.workerIds(), a.agency(), a.planProjectCode(), a.description(),
                    Baht.of(a.amountSpentSatang()), a.amountSpentSatang(), a.fundedBy(), a.businessDate(),
                    a.lateRecord(), s.corrected(), s.correctedBy());
        }).toList();
    }

    private static List<Inspection> inspections(List<StoredAct> acts) {
        return of(acts, InspectionRecorded.class).stream().map(s -> {
            InspectionRecorded i = (InspectionRecorded) s.act();
            return new Inspection(i.eventId(), i.businessDate(), i.inspector(), i.findings(), i.recommendations(),
                    i.businessDate(), i.lateRecord(), s.corrected(), s.correctedBy());
        }).toList();
    }

    private static List<MonthlyReport> monthlyReports(List<StoredAct> acts) {
        return of(acts, MonthlyReportSubmitted.class).stream().map(s -> {
            MonthlyReportSubmitted r = (MonthlyReportSubmitted) s.act();
            return new MonthlyReport(r.eventId(), r.form(), r.periodFrom(), r.periodTo(), r.letterNumber(),
                    r.summary(), r.businessDate(), r.businessDate(), r.lateRecord(), s.corrected(), s.correctedBy());
        }).toList();
    }

    private static OneGoalSummary oneGoalSummary(List<StoredAct> acts) {
        return of(acts, OneGoalSummarySubmitted.class).stream().findFirst().map(s -> {
            OneGoalSummarySubmitted o = (OneGoalSummarySubmitted) s.act();
            return new OneGoalSummary(o.eventId(), o.letterNumber(), o.results(), o.peopleReached(), o.businessDate(),
                    o.businessDate(), o.lateRecord(), s.corrected(), s.correctedBy());
        }).orElse(null);
    }

    private static List<StoredAct> of(List<StoredAct> acts, Class<? extends RecordedAct> type) {
        return acts.stream().filter(s -> type.isInstance(s.act())).toList();
    }
}
