package th.go.mol.oneplan.query.budget;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.money.BahtText;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.acts.StoredAct;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.drives.DriveRef;
import th.go.mol.oneplan.query.drives.DriveRefs;
import th.go.mol.oneplan.query.served.DriveWorkersServed;
import th.go.mol.oneplan.query.served.WorkersServedAtBasis;
import th.go.mol.oneplan.query.travel.DriveBases;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Budget figures are derived at read time from the drive's acts ({@code drive_act_version}) with the same {@link DriveBudget}
 * the command side checks spending with, so they agree with the rules and come back the same after a replay.
 */
@Component
@Profile("!command")
public class BudgetQueries {
    private final DriveRefs drives;
    private final DriveActs driveActs;
    private final DriveWorkersServed workersServed;
    private final WorkersServedAtBasis servedAtBasis;

    private final DriveBases bases;

    public BudgetQueries(DriveRefs drives, DriveActs driveActs, DriveWorkersServed workersServed,
                         WorkersServedAtBasis servedAtBasis, DriveBases bases) {
        this.servedAtBasis = servedAtBasis;
        this.drives = drives;
        this.driveActs = driveActs;
        this.workersServed = workersServed;
        this.bases = bases;
    }

    /**
     * The drive's budget from its acts as read at the clocks asked for, its registered workers served too.
     */
    @QueryHandler
    public Optional<DriveBudgetView> handle(FindDriveBudget query) {
        return drives.one(query.driveId()).map(drive -> view(drive, query.clocks()));
    }

    @QueryHandler
    public BudgetRollup handle(FindBudgetRollup query) {
        List<BudgetRollup.Province> provinces = new ArrayList<>();
        Sums<Agency> byAgency = new Sums<>();
        Sums<BudgetSource> bySource = new Sums<>();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        long allocated = 0;
        long spent = 0;
        long people = 0;
        long served = 0;
        List<DriveRef> ofYear = drives.ofFiscalYear(query.fiscalYear());
        Map<String, Long> servedByDrive = workersServed.counts(ofYear.stream().map(DriveRef::driveId).toList());
        List<String> included = new ArrayList<>();
        for (DriveRef drive : ofYear) {
            List<StoredAct> acts = driveActs.of(drive.driveId(), query.clocks());
            // At other clocks a drive not started in the record read is left out; now every drive is listed, as before.
            if (!query.clocks().isNow() && acts.stream().noneMatch(a -> a.act() instanceof ProvincialDriveStarted)) {
                continue;
            }
            included.add(drive.driveId());
            long driveServed = query.clocks().isNow() ? servedByDrive.getOrDefault(drive.driveId(), 0L)
                    : servedAtBasis.count(drive.driveId(), query.clocks(), acts);
            served += driveServed;
            DriveBudget budget = DriveBudget.of(DriveActs.historyOf(acts));
            allocated += budget.allocatedSatang();
            spent += budget.spentSatang();
            people += budget.peopleReached();
            for (DriveBudget.Project project : budget.projects()) {
                for (DriveBudget.AllocationLine line : project.allocations()) {
                    byAgency.add(line.allocation().agency(), line);
                    bySource.add(line.allocation().budgetSource(), line);
                }
            }
            budget.spentByMonth().forEach((month, satang) -> byMonth.merge(month, satang, Long::sum));
            provinces.add(new BudgetRollup.Province(drive.driveId(), drive.provinceCode(), drive.provinceNameTh(),
                    Figures.of(budget.allocatedSatang(), budget.spentSatang()), budget.peopleReached(), driveServed));
        }
        return new BudgetRollup(query.fiscalYear(), Figures.of(allocated, spent), inWords(allocated, spent), people,
                served,
                byAgency.toList(BudgetRollup.ByAgency::new), bySource.toList(DriveBudgetView.BySource::new),
                months(byMonth), provinces, bases.of(included, query.clocks()));
    }

    private DriveBudgetView view(DriveRef drive, Clocks clocks) {
        List<StoredAct> acts = driveActs.of(drive.driveId(), clocks);
        DriveHistory history = DriveActs.historyOf(acts);
        DriveBudget budget = DriveBudget.of(history);
        List<DriveBudgetView.Project> projects = new ArrayList<>();
        Sums<Owner> byOwner = new Sums<>();
        Sums<BudgetSource> bySource = new Sums<>();
        for (DriveBudget.Project project : budget.projects()) {
            List<DriveBudgetView.AllocationFigures> allocations = new ArrayList<>();
            for (DriveBudget.AllocationLine line : project.allocations()) {
                AllocationRef ref = line.allocation();
                allocations.add(new DriveBudgetView.AllocationFigures(ref.budgetSource(), ref.agency(),
                        ref.partnerAgency(), line.cancelled(), Figures.of(line.allocatedSatang(), line.spentSatang())));
                byOwner.add(new Owner(ref.agency(), ref.partnerAgency()), line);
                bySource.add(ref.budgetSource(), line);
            }
            projects.add(new DriveBudgetView.Project(project.projectCode(), project.name(), project.owningAgency(),
                    project.partnerAgency(), project.cancelled(),
                    Figures.of(project.allocatedSatang(), project.spentSatang()), project.peopleReached(),
                    allocations));
        }
        List<DriveBudgetView.Reallocation> reallocations = history.actsOf(BudgetReallocated.class).stream()
                .map(r -> new DriveBudgetView.Reallocation(r.eventId(), r.businessDate(), r.fromProjectCode(),
                        r.fromAllocation(), r.toProjectCode(), r.toAllocation(), Money.of(r.amountSatang()), r.reason()))
                .toList();
        DriveBudgetView.Totals totals = new DriveBudgetView.Totals(
                Figures.of(budget.allocatedSatang(), budget.spentSatang()),
                inWords(budget.allocatedSatang(), budget.spentSatang()), budget.peopleReached(),
                servedAtBasis.count(drive.driveId(), clocks, acts));
        return new DriveBudgetView(drive.driveId(), drive.provinceCode(), drive.provinceNameTh(), drive.fiscalYear(),
                budget.versionInForce(), totals, projects,
                byOwner.toList((owner, figures) -> new DriveBudgetView.ByAgency(owner.agency(), owner.partnerAgency(),
                        figures)),
                bySource.toList(DriveBudgetView.BySource::new), months(budget.spentByMonth()), reallocations,
                bases.of(drive.driveId(), clocks));
    }

    private static List<DriveBudgetView.Month> months(Map<YearMonth, Long> spentByMonth) {
        return spentByMonth.entrySet().stream()
                .map(e -> new DriveBudgetView.Month(e.getKey().toString(), Money.of(e.getValue())))
                .toList();
    }

    private static DriveBudgetView.InWords inWords(long allocated, long spent) {
        return new DriveBudgetView.InWords(BahtText.of(allocated), BahtText.of(spent), BahtText.of(allocated - spent));
    }

    /** Allocated and spent summed per key (an owner, a source), in the key's order. */
    private static final class Sums<K extends Comparable<K>> {
        private final Map<K, long[]> sums = new TreeMap<>();

        void add(K key, DriveBudget.AllocationLine line) {
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0] += line.allocatedSatang();
            s[1] += line.spentSatang();
        }

        <T> List<T> toList(BiFunction<K, Figures, T> row) {
            return sums.entrySet().stream()
                    .map(e -> row.apply(e.getKey(), Figures.of(e.getValue()[0], e.getValue()[1])))
                    .toList();
        }
    }

    /** An owner of money: an MOL agency, or a partner by name (partners sort by name after the MOL agencies). */
    private record Owner(Agency agency, String partnerAgency) implements Comparable<Owner> {
        private static final Comparator<Owner> ORDER = Comparator.comparing(Owner::agency)
                .thenComparing(Owner::partnerAgency, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Owner other) {
            return ORDER.compare(this, other);
        }
    }
}
