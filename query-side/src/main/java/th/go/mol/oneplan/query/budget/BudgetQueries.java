package th.go.mol.oneplan.query.budget;

import th.go.mol.oneplan.query.drives.DriveRef;
import th.go.mol.oneplan.query.drives.DriveRefs;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.money.BahtText;
import th.go.mol.oneplan.query.acts.DriveActs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Budget figures are derived at read time from the acts in {@code drive_act} with the same {@link DriveBudget}
 * the command side checks spending with, so they agree with the rules and come back the same after a replay.
 */
@Service
@Profile("!command")
public class BudgetQueries {
    private final DriveRefs drives;
    private final DriveActs driveActs;

    public BudgetQueries(DriveRefs drives, DriveActs driveActs) {
        this.drives = drives;
        this.driveActs = driveActs;
    }

    public Optional<DriveBudgetView> ofDrive(String driveId) {
        return drives.one(driveId).map(this::view);
    }

    public BudgetRollup rollup(int fiscalYear) {
        List<DriveRef> drives = this.drives.ofFiscalYear(fiscalYear);
        List<BudgetRollup.Province> provinces = new ArrayList<>();
        long allocated = 0;
        long spent = 0;
        long people = 0;
        for (DriveRef drive : drives) {
            DriveBudget budget = budgetOf(drive.driveId());
            allocated += budget.allocatedSatang();
            spent += budget.spentSatang();
            people += budget.peopleReached();
            provinces.add(new BudgetRollup.Province(drive.driveId(), drive.provinceCode(), drive.provinceNameTh(),
                    Figures.of(budget.allocatedSatang(), budget.spentSatang()), budget.peopleReached()));
        }
        return new BudgetRollup(fiscalYear, Figures.of(allocated, spent), inWords(allocated, spent), people, provinces);
    }

    private DriveBudget budgetOf(String driveId) {
        return DriveBudget.of(DriveActs.historyOf(driveActs.of(driveId)));
    }

    private DriveBudgetView view(DriveRef drive) {
        DriveHistory history = DriveActs.historyOf(driveActs.of(drive.driveId()));
        DriveBudget budget = DriveBudget.of(history);
        List<DriveBudgetView.Project> projects = new ArrayList<>();
        Map<AgencyKey, long[]> byAgency = new TreeMap<>();
        Map<BudgetSource, long[]> bySource = new TreeMap<>();
        for (DriveBudget.Project project : budget.projects()) {
            List<DriveBudgetView.AllocationFigures> allocations = new ArrayList<>();
            for (DriveBudget.AllocationLine line : project.allocations()) {
                AllocationRef ref = line.allocation();
                allocations.add(new DriveBudgetView.AllocationFigures(ref.budgetSource(), ref.agency(),
                        ref.partnerAgency(), line.cancelled(), Figures.of(line.allocatedSatang(), line.spentSatang())));
                add(byAgency.computeIfAbsent(new AgencyKey(ref.agency(), ref.partnerAgency()), a -> new long[2]), line);
                add(bySource.computeIfAbsent(ref.budgetSource(), s -> new long[2]), line);
            }
            projects.add(new DriveBudgetView.Project(project.projectCode(), project.name(), project.owningAgency(),
                    project.partnerAgency(), project.cancelled(),
                    Figures.of(project.allocatedSatang(), project.spentSatang()), project.peopleReached(),
                    allocations));
        }
        List<DriveBudgetView.ByAgency> agencies = byAgency.entrySet().stream()
                .map(e -> new DriveBudgetView.ByAgency(e.getKey().agency(), e.getKey().partnerAgency(),
                        Figures.of(e.getValue()[0], e.getValue()[1])))
                .toList();
        List<DriveBudgetView.BySource> sources = bySource.entrySet().stream()
                .map(e -> new DriveBudgetView.BySource(e.getKey(), Figures.of(e.getValue()[0], e.getValue()[1])))
                .toList();
        List<DriveBudgetView.Month> months = budget.spentByMonth().entrySet().stream()
                .map(e -> new DriveBudgetView.Month(e.getKey().toString(), Money.of(e.getValue())))
                .toList();
        List<DriveBudgetView.Reallocation> reallocations = history.actsOf(BudgetReallocated.class).stream()
                .map(r -> new DriveBudgetView.Reallocation(r.eventId(), r.businessDate(), r.fromProjectCode(),
                        r.fromAllocation(), r.toProjectCode(), r.toAllocation(), Money.of(r.amountSatang()), r.reason()))
                .toList();
        DriveBudgetView.Totals totals = new DriveBudgetView.Totals(
                Figures.of(budget.allocatedSatang(), budget.spentSatang()),
                inWords(budget.allocatedSatang(), budget.spentSatang()), budget.peopleReached());
        return new DriveBudgetView(drive.driveId(), drive.provinceCode(), drive.provinceNameTh(), drive.fiscalYear(),
                budget.versionInForce(), totals, projects, agencies, sources, months, reallocations);
    }

    private static void add(long[] sums, DriveBudget.AllocationLine line) {
        sums[0] += line.allocatedSatang();
        sums[1] += line.spentSatang();
    }

    /** An owner of money: an MOL agency, or a partner by name (partners sort by name after the MOL agencies). */
    private record AgencyKey(Agency agency, String partnerAgency) implements Comparable<AgencyKey> {
        private static final Comparator<AgencyKey> ORDER = Comparator.comparing(AgencyKey::agency)
                .thenComparing(AgencyKey::partnerAgency, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(AgencyKey other) {
            return ORDER.compare(this, other);
        }
    }

    private static DriveBudgetView.InWords inWords(long allocated, long spent) {
        return new DriveBudgetView.InWords(BahtText.of(allocated), BahtText.of(spent), BahtText.of(allocated - spent));
    }
}
