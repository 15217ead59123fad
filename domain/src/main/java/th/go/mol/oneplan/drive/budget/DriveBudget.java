package th.go.mol.oneplan.drive.budget;

import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
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
 *     <li>each approved plan version states every project's allocation; a project it leaves out is cancelled
 *     and releases what it had not spent (its allocation becomes what it spent);</li>
 *     <li>a reallocation moves an amount between two projects until the next approved version;</li>
 *     <li>field visits and activities spend from their project, whenever they are recorded.</li>
 * </ul>
 * All amounts are whole satang.
 */
public final class DriveBudget {
    private final Map<String, Line> lines;
    private final long peopleReached;
    private final Map<YearMonth, Long> spentByMonth;
    private final int versionInForce;

    private DriveBudget(Map<String, Line> lines, long peopleReached, Map<YearMonth, Long> spentByMonth,
                        int versionInForce) {
        this.lines = lines;
        this.peopleReached = peopleReached;
        this.spentByMonth = spentByMonth;
        this.versionInForce = versionInForce;
    }

    /** One project's money. {@code allocatedSatang} already counts reallocations and, if cancelled, the release. */
    public record Line(String projectCode, String name, Agency owningAgency, String partnerAgency,
                       BudgetSource budgetSource, long allocatedSatang, long spentSatang, long peopleReached,
                       boolean cancelled) {
        public long remainingSatang() {
            return allocatedSatang - spentSatang;
        }
    }

    public static DriveBudget of(DriveHistory history) {
        Map<String, PlanVersionRecorded> versions = new LinkedHashMap<>();
        history.actsOf(PlanVersionRecorded.class).forEach(v -> versions.put(String.valueOf(v.version()), v));
        Map<String, Mutable> lines = new LinkedHashMap<>();
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
                lines.values().forEach(l -> l.cancelled = true);
                for (PlanProject p : version.projects()) {
                    Mutable line = lines.computeIfAbsent(p.projectCode(), code -> new Mutable());
                    line.project = p;
                    line.allocated = p.budgetSatang();
                    line.cancelled = false;
                }
            } else if (act instanceof BudgetReallocated moved) {
                Mutable from = lines.get(moved.fromProjectCode());
                Mutable to = lines.get(moved.toProjectCode());
                if (from != null && to != null) {
                    from.allocated -= moved.amountSatang();
                    to.allocated += moved.amountSatang();
                }
            } else if (act instanceof PlanWork work) {
                people += work.peopleServed();
                Mutable line = lines.get(work.planProjectCode());
                if (line != null) {
                    line.spent += work.amountSpentSatang();
                    line.people += work.peopleServed();
                }
                if (work.amountSpentSatang() != 0) {
                    byMonth.merge(YearMonth.from(work.businessDate()), work.amountSpentSatang(), Long::sum);
                }
            }
        }
        Map<String, Line> result = new LinkedHashMap<>();
        lines.forEach((code, l) -> result.put(code, new Line(code, l.project.name(), l.project.owningAgency(),
                l.project.partnerAgency(), l.project.budgetSource(), l.cancelled ? l.spent : l.allocated, l.spent,
                l.people, l.cancelled)));
        return new DriveBudget(result, people, byMonth, inForce);
    }

    public Optional<Line> project(String projectCode) {
        return Optional.ofNullable(lines.get(projectCode));
    }

    public Collection<Line> projects() {
        return List.copyOf(lines.values());
    }

    public long allocatedSatang() {
        return lines.values().stream().mapToLong(Line::allocatedSatang).sum();
    }

    public long spentSatang() {
        return lines.values().stream().mapToLong(Line::spentSatang).sum();
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

    private static final class Mutable {
        private PlanProject project;
        private long allocated;
        private long spent;
        private long people;
        private boolean cancelled;
    }
}
