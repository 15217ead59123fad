package th.go.mol.oneplan.drive.plan;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.budget.BudgetRules;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.SubdistrictRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the One Plan: a version's projects (unique codes, a named owner, pilot sites inside the province,
 * allocations that each name their source and owner), the order of versions and approvals, and which version is
 * in force on a day. The date a version was written is {@code writtenOn}, as the API names it.
 */
public final class PlanRules {
    /** The limits the HTTP API also states. */
    public static final int ONE_GOAL_MAX = 4000;
    public static final int REASON_MAX = 4000;
    public static final int PROJECTS_MAX = 200;
    public static final int PROJECT_CODE_MAX = 20;
    public static final int PROJECT_NAME_MAX = 500;
    public static final int PARTNER_MAX = 200;
    public static final int TARGET_GROUP_MAX = 500;
    public static final int TARGET_HEADCOUNT_MAX = 10_000_000;
    public static final int PILOT_SITES_MAX = 200;
    public static final int ALLOCATIONS_MAX = 20;
    public static final int EVENT_ID_MAX = 100;
    /** 100,000,000,000 baht: more than any provincial budget line, and far from overflowing a long of satang. */
    public static final long AMOUNT_MAX_SATANG = 10_000_000_000_000L;
    private static final String[] WRITTEN_ON_ALIASES = {"draftedOn", "revisedOn"};

    private PlanRules() {
    }

    /** The first version, as drafted or as corrected. */
    public static void drafted(PlanDrafted draft, RuleContext c) {
        if (!c.earlier().actsOf(PlanVersionRecorded.class).isEmpty()) {
            throw new RuleViolation("plan-already-drafted",
                    "the One Plan is already drafted; write a new version as a revision, with its reason");
        }
        c.date(draft.businessDate(), draft.lateRecord(), "writtenOn", WRITTEN_ON_ALIASES);
        Require.text(draft.oneGoal(), c.field("oneGoal"), ONE_GOAL_MAX);
        validProjects(draft.projects(), c.provinceCode(), c.geography());
    }

    /** The version a revision replaces: the latest one recorded before it. */
    public static PlanVersionRecorded revisedVersion(DriveHistory earlier) {
        return latestVersion(earlier).orElseThrow(() -> new RuleViolation("plan-not-drafted",
                "there is no One Plan to revise: draft it first"));
    }

    /** A later version, as written or as corrected. */
    public static void revised(PlanRevised revision, RuleContext c) {
        PlanVersionRecorded previous = revisedVersion(c.earlier());
        Require.text(revision.reason(), c.field("reason"), REASON_MAX);
        c.date(revision.businessDate(), revision.lateRecord(), "writtenOn", WRITTEN_ON_ALIASES);
        followsVersion(revision, previous);
        String inspection = Require.optionalText(revision.inspectionEventId(), "inspectionEventId", EVENT_ID_MAX);
        if (inspection != null && !(c.earlier().act(inspection).orElse(null) instanceof InspectionRecorded)) {
            throw new RuleViolation("recorded-inspection", inspection + " is not a recorded inspection of this drive");
        }
        validProjects(revision.projects(), c.provinceCode(), c.geography());
        BudgetRules.allocationsCoverSpending(DriveBudget.of(c.earlier()), revision.projects(), "the revision");
        Require.text(revision.oneGoal(), c.field("oneGoal"), ONE_GOAL_MAX);
    }

    /** The version an approval may approve: only the latest, and only once. */
    public static PlanVersionRecorded versionToApprove(int version, DriveHistory earlier) {
        PlanVersionRecorded latest = latestVersion(earlier).orElseThrow(() -> new RuleViolation("plan-not-drafted",
                "there is no One Plan to approve: draft it first"));
        if (version != latest.version()) {
            throw new RuleViolation("approve-latest-version", "only the latest plan version (" + latest.version()
                    + ") can be approved, not version " + version);
        }
        if (earlier.actsOf(PlanApproved.class).stream().anyMatch(a -> a.version() == version)) {
            throw new RuleViolation("plan-version-already-approved", "plan version " + version + " is already approved");
        }
        return latest;
    }

    /** An approval at a working-group meeting (found by the caller): after level 1, not before the version. */
    public static void approval(PlanApproved approval, MeetingRecorded meeting, RuleContext c) {
        PlanVersionRecorded version = versionToApprove(approval.version(), c.earlier());
        if (!c.kpi().reachedBy(KpiLevel.LEVEL_1, meeting.businessDate())) {
            throw new RuleViolation("approval-needs-working-group", "the plan can be approved only at a meeting held"
                    + " after a working group with all three sectors was appointed; meeting " + meeting.meetingNumber()
                    + " was held on " + meeting.businessDate());
        }
        followsVersion(meeting, version);
        c.date(meeting.businessDate(), approval.lateRecord(), "meetingDate");
        // Spending may have gone on between writing the version and approving it.
        BudgetRules.allocationsCoverSpending(DriveBudget.of(c.earlier()), version.projects(),
                "version " + version.version());
    }

    /**
     * After a correction of a version's or a meeting's date: each approval's meeting is still on or after the
     * version it approved, and each revision on or after the version it revised.
     */
    public static void versionsAndApprovalsInOrder(DriveHistory history) {
        List<PlanVersionRecorded> versions = history.actsOf(PlanVersionRecorded.class);
        for (int i = 1; i < versions.size(); i++) {
            followsVersion(versions.get(i), versions.get(i - 1));
        }
        for (PlanApproved approval : history.actsOf(PlanApproved.class)) {
            Optional<RecordedAct> meeting = history.act(approval.meetingEventId());
            Optional<PlanVersionRecorded> version = versions.stream()
                    .filter(v -> v.version() == approval.version()).findFirst();
            if (meeting.isPresent() && version.isPresent()) {
                followsVersion(meeting.get(), version.get());
            }
        }
    }

    private static void followsVersion(RecordedAct act, PlanVersionRecorded version) {
        if (!act.businessDate().isBefore(version.businessDate())) {
            return;
        }
        if (act instanceof MeetingRecorded meeting) {
            throw new RuleViolation("approval-before-draft", "meeting " + meeting.meetingNumber() + " on "
                    + meeting.businessDate() + " precedes plan version " + version.version() + " of "
                    + version.businessDate());
        }
        throw new RuleViolation("revision-before-version", "a revision dated " + act.businessDate()
                + " cannot precede version " + version.version() + " of " + version.businessDate());
    }

    public static Optional<PlanVersionRecorded> latestVersion(DriveHistory history) {
        List<PlanVersionRecorded> versions = history.actsOf(PlanVersionRecorded.class);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * The latest version approved at a meeting on or before the date. The meeting's date is read as it stands
     * now (a correction of the meeting moves the approval with it, as it does for KPI level 2).
     */
    public static Optional<PlanVersionRecorded> versionInForceOn(DriveHistory history, LocalDate date) {
        Optional<PlanApproved> approval = history.actsOf(PlanApproved.class).stream()
                .filter(a -> !history.act(a.meetingEventId()).map(RecordedAct::businessDate)
                        .orElse(a.businessDate()).isAfter(date))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
        return approval.flatMap(a -> history.actsOf(PlanVersionRecorded.class).stream()
                .filter(v -> v.version() == a.version()).findFirst());
    }

    /** The project as the plan version in force on the day lists it; refused when that version has no such project. */
    public static PlanProject projectInForce(DriveHistory history, String projectCode, LocalDate date) {
        return versionInForceOn(history, date).stream()
                .flatMap(version -> version.projects().stream())
                .filter(p -> p.projectCode().equals(projectCode))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("project-of-approved-plan", "project " + projectCode
                        + " is not in the plan version in force on " + date));
    }

    public static List<PlanProject> validProjects(List<PlanProject> projects, int provinceCode, Geography geography) {
        Require.notEmpty(projects, "projects");
        if (projects.size() > PROJECTS_MAX) {
            throw new InvalidValue("projects", "size", "a plan version lists at most " + PROJECTS_MAX + " projects");
        }
        Set<String> codes = new HashSet<>();
        List<PlanProject> valid = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            String at = "projects[" + i + "]";
            PlanProject p = Require.present(projects.get(i), at);
            String code = Require.text(p.projectCode(), at + ".projectCode", PROJECT_CODE_MAX);
            if (!codes.add(code)) {
                throw new InvalidValue(at + ".projectCode", "unique-project-code", "project code " + code + " is used twice");
            }
            Require.present(p.owningAgency(), at + ".owningAgency");
            String partner = partnerName(p.partnerAgency());
            if (p.owningAgency() == Agency.PARTNER && partner == null) {
                throw new InvalidValue(at + ".partnerAgency", "required", "name the partner agency that owns project " + code);
            }
            Require.optionalText(p.partnerAgency(), at + ".partnerAgency", PARTNER_MAX);
            Require.between(p.targetHeadcount(), at + ".targetHeadcount", 0, TARGET_HEADCOUNT_MAX);
            if (p.pilotSites().size() > PILOT_SITES_MAX) {
                throw new InvalidValue(at + ".pilotSites", "size", "a project lists at most " + PILOT_SITES_MAX
                        + " pilot sites");
            }
            for (int site : p.pilotSites()) {
                SubdistrictRules.inProvince(site, provinceCode, at + ".pilotSites", geography);
            }
            valid.add(new PlanProject(code, Require.text(p.name(), at + ".name", PROJECT_NAME_MAX), p.owningAgency(),
                    partner, Require.text(p.targetGroup(), at + ".targetGroup", TARGET_GROUP_MAX), p.targetHeadcount(),
                    List.copyOf(new LinkedHashSet<>(p.pilotSites())), validAllocations(p.allocations(), code, at)));
        }
        return valid;
    }

    /** Each allocation names its source and owner (a partner by name); one allocation per source and owner. */
    private static List<Allocation> validAllocations(List<Allocation> allocations, String projectCode, String at) {
        if (allocations.size() > ALLOCATIONS_MAX) {
            throw new InvalidValue(at + ".allocations", "size", "a project has at most " + ALLOCATIONS_MAX
                    + " allocations");
        }
        Set<AllocationRef> seen = new HashSet<>();
        List<Allocation> valid = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            String field = at + ".allocations[" + i + "]";
            Allocation a = Require.present(allocations.get(i), field);
            Require.present(a.budgetSource(), field + ".budgetSource");
            Require.present(a.agency(), field + ".agency");
            Require.notNegative(a.amountSatang(), field + ".amount");
            if (a.amountSatang() > AMOUNT_MAX_SATANG) {
                throw new InvalidValue(field + ".amount", "baht-range", "an amount is at most "
                        + AMOUNT_MAX_SATANG / 100 + " baht");
            }
            Require.optionalText(a.partnerAgency(), field + ".partnerAgency", PARTNER_MAX);
            String partner = partnerName(a.partnerAgency());
            if (a.agency() == Agency.PARTNER && partner == null) {
                throw new InvalidValue(field + ".partnerAgency", "required",
                        "name the partner agency that owns this allocation of project " + projectCode);
            }
            if (a.agency() != Agency.PARTNER) {
                partner = null;
            }
            Allocation allocation = new Allocation(a.budgetSource(), a.agency(), partner, a.amountSatang());
            if (!seen.add(allocation.ref())) {
                throw new InvalidValue(field, "unique-allocation", "project " + projectCode + " has two allocations"
                        + " from " + allocation.ref() + "; state one amount per budget source and owner");
            }
            valid.add(allocation);
        }
        return valid;
    }

    private static String partnerName(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
