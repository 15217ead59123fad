package th.go.mol.oneplan.drive.budget;

import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A drive's money, derived from its acts as they read now, in the order they were recorded (a pure function,
 * so the command side and the read side give the same figures, and a replay gives them back):
 * <ul>
 *     <li>each approved plan version states every project's allocations; an allocation (or a whole project) it
 *     leaves out is cancelled and releases what it had not spent (its allocation becomes what it spent);</li>
 *     <li>a reallocation moves an amount between two allocations until the next approved version;</li>
 *     <li>field visits and activities spend from the allocation they name, whenever they are recorded.</li>
 * </ul>
 * Acts stored before projects had several allocations name none; they read as the project's first (then only)
 * allocation. All amounts are whole satang.
 */
public final class DriveBudget {
    private final Map<String, Project> projects;
    private final long peopleReached;
    private final Map<YearMonth, Long> spentByMonth;
    private final int versionInForce;

    private DriveBudget(Map<String, Project> projects, long peopleReached, Map<YearMonth, Long> spentByMonth,
                        int versionInForce) {
        this.projects = projects;
        this.peopleReached = peopleReached;
        this.spentByMonth = spentByMonth;
        this.versionInForce = versionInForce;
    }

    /** One allocation's money. {@code allocatedSatang} already counts reallocations and, if cancelled, the release. */
    public record AllocationLine(AllocationRef allocation, long allocatedSatang, long spentSatang, boolean cancelled) {
        public long remainingSatang() {
            return allocatedSatang - spentSatang;
        }
    }

    /** One project's money: its allocations and the people its visits and activities reached. */
    public record Project(String projectCode, String name, Agency owningAgency, String partnerAgency,
                          List<AllocationLine> allocations, long peopleReached, boolean cancelled) {
        public Project {
            allocations = List.copyOf(allocations);
        }

        public long allocatedSatang() {
            return allocations.stream().mapToLong(AllocationLine::allocatedSatang).sum();
        }

        public long spentSatang() {
            return allocations.stream().mapToLong(AllocationLine::spentSatang).sum();
        }

        public long remainingSatang() {
            return allocatedSatang() - spentSatang();
        }

        /** The allocations still in force that {@code ref} fits (all of them for {@code null}). */
        public List<AllocationLine> openAllocations(AllocationRef ref) {
            return allocations.stream()
                    .filter(line -> !line.cancelled())
                    .filter(line -> ref == null || ref.selects(line.allocation()))
                    .toList();
        }
    }

    public static DriveBudget of(DriveHistory history) {
        Map<String, PlanVersionRecorded> versions = new LinkedHashMap<>();
        history.actsOf(PlanVersionRecorded.class).forEach(v -> versions.put(String.valueOf(v.version()), v));
        Map<String, ProjectState> states = new LinkedHashMap<>();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        long people = 0;
        int inForce = 0;
        for (RecordedAct act : history.acts()) {
            if (act instanceof PlanApproved approval) {
                PlanVersionRecorded version = versions.get(String.valueOf(approval.version()));
                if (version == null || approval.version() < inForce) {
                    continue;
                }
                inForce = approval.version();
                states.values().forEach(ProjectState::cancel);
                for (PlanProject p : version.projects()) {
                    states.computeIfAbsent(p.projectCode(), code -> new ProjectState()).stateAgain(p);
                }
            } else if (act instanceof BudgetReallocated moved) {
                ProjectState from = states.get(moved.fromProjectCode());
                ProjectState to = states.get(moved.toProjectCode());
                AllocationState giver = from == null ? null : from.allocation(moved.fromAllocation());
                AllocationState receiver = to == null ? null : to.allocation(moved.toAllocation());
                if (receiver != null && receiver.cancelled) {
                    // Opened again by this reallocation: what it released when cancelled stays released.
                    receiver.allocated = receiver.spent;
                    receiver.cancelled = false;
                }
                if (giver != null && receiver != null) {
                    giver.allocated -= moved.amountSatang();
                    receiver.allocated += moved.amountSatang();
                }
            } else if (act instanceof PlanWork work) {
                people += work.peopleServed();
                ProjectState project = states.get(work.planProjectCode());
                if (project != null) {
                    project.people += work.peopleServed();
                    AllocationState funding = work.amountSpentSatang() == 0 ? null : project.allocation(work.fundedBy());
                    if (funding != null) {
                        funding.spent += work.amountSpentSatang();
                    }
                }
                if (work.amountSpentSatang() != 0) {
                    byMonth.merge(YearMonth.from(work.businessDate()), work.amountSpentSatang(), Long::sum);
                }
            }
        }
        Map<String, Project> result = new LinkedHashMap<>();
        states.forEach((code, state) -> result.put(code, state.toProject()));
        return new DriveBudget(result, people, byMonth, inForce);
    }

    public Optional<Project> project(String projectCode) {
        return Optional.ofNullable(projects.get(projectCode));
    }

    public Collection<Project> projects() {
        return List.copyOf(projects.values());
    }

    public long allocatedSatang() {
        return projects.values().stream().mapToLong(Project::allocatedSatang).sum();
    }

    public long spentSatang() {
        return projects.values().stream().mapToLong(Project::spentSatang).sum();
    }

    public long remainingSatang() {
        return allocatedSatang() - spentSatang();
    }

    /** Field visits' people reached plus activities' participants, under any project. */
    public long peopleReached() {
        return peopleReached;
    }

    public Map<YearMonth, Long> spentByMonth() {
        return Collections.unmodifiableMap(new TreeMap<>(spentByMonth));
    }

    /** The approved plan version whose allocations hold (0 before any approval). */
    public int versionInForce() {
        return versionInForce;
    }

    private static final class ProjectState {
        private PlanProject project;
        private final Map<AllocationRef, AllocationState> allocations = new LinkedHashMap<>();
        private long people;
        private boolean cancelled;

        void cancel() {
            cancelled = true;
            allocations.values().forEach(a -> a.cancelled = true);
        }

        /** An approved version states the project again: its allocations are exactly the ones listed now. */
        void stateAgain(PlanProject stated) {
            project = stated;
            cancelled = false;
            for (Allocation a : stated.allocations()) {
                AllocationState state = allocations.computeIfAbsent(a.ref(), ref -> new AllocationState());
                state.allocated = a.amountSatang();
                state.cancelled = false;
            }
        }

        /**
         * The allocation an act names; one named but not held yet is opened with nothing allocated (a reallocation
         * into a new source or owner). {@code null} names the first, which is how acts read that were stored when
         * every project had one allocation.
         */
        AllocationState allocation(AllocationRef ref) {
            if (ref == null) {
                return allocations.values().stream().findFirst().orElse(null);
            }
            return allocations.computeIfAbsent(ref, r -> new AllocationState());
        }

        Project toProject() {
            List<AllocationLine> lines = allocations.entrySet().stream()
                    .map(e -> new AllocationLine(e.getKey(), e.getValue().cancelled ? e.getValue().spent
                            : e.getValue().allocated, e.getValue().spent, e.getValue().cancelled))
                    .toList();
            return new Project(project.projectCode(), project.name(), project.owningAgency(), project.partnerAgency(),
                    lines, people, cancelled);
        }
    }

    private static final class AllocationState {
        private long allocated;
        private long spent;
        private boolean cancelled;
    }
}
