package th.go.mol.oneplan.query.budget;

import th.go.mol.oneplan.query.drives.DriveRef;
import th.go.mol.oneplan.query.drives.DriveRefs;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.drive.budget.DriveBudget;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.money.BahtText;
import th.go.mol.oneplan.query.acts.DriveActs;

import java.util.ArrayList;
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
        DriveBudget budget = budgetOf(drive.driveId());
        List<DriveBudgetView.Project> projects = new ArrayList<>();
        Map<Agency, long[]> byAgency = new TreeMap<>();
        Map<BudgetSource, long[]> bySource = new TreeMap<>();
        for (DriveBudget.Line line : budget.projects()) {
            projects.add(new DriveBudgetView.Project(line.projectCode(), line.name(), line.owningAgency(),
                    line.partnerAgency(), line.budgetSource(), line.cancelled(),
                    Figures.of(line.allocatedSatang(), line.spentSatang()), line.peopleReached()));
            add(byAgency.computeIfAbsent(line.owningAgency(), a -> new long[2]), line);
            add(bySource.computeIfAbsent(line.budgetSource(), s -> new long[2]), line);
        }
        List<DriveBudgetView.ByAgency> agencies = byAgency.entrySet().stream()
                .map(e -> new DriveBudgetView.ByAgency(e.getKey(), Figures.of(e.getValue()[0], e.getValue()[1])))
                .toList();
        List<DriveBudgetView.BySource> sources = bySource.entrySet().stream()
                .map(e -> new DriveBudgetView.BySource(e.getKey(), Figures.of(e.getValue()[0], e.getValue()[1])))
                .toList();
        List<DriveBudgetView.Month> months = budget.spentByMonth().entrySet().stream()
                .map(e -> new DriveBudgetView.Month(e.getKey().toString(), Money.of(e.getValue())))
                .toList();
        DriveBudgetView.Totals totals = new DriveBudgetView.Totals(
                Figures.of(budget.allocatedSatang(), budget.spentSatang()),
                inWords(budget.allocatedSatang(), budget.spentSatang()), budget.peopleReached());
        return new DriveBudgetView(drive.driveId(), drive.provinceCode(), drive.provinceNameTh(), drive.fiscalYear(),
                budget.versionInForce(), totals, projects, agencies, sources, months);
    }

    private static void add(long[] sums, DriveBudget.Line line) {
        sums[0] += line.allocatedSatang();
        sums[1] += line.spentSatang();
    }

    private static DriveBudgetView.InWords inWords(long allocated, long spent) {
        return new DriveBudgetView.InWords(BahtText.of(allocated), BahtText.of(spent), BahtText.of(allocated - spent));
    }
}
