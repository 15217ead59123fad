package th.go.mol.oneplan.app.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.geography.ThaiGeography;
import th.go.mol.oneplan.query.budget.BudgetRollup;
import th.go.mol.oneplan.query.budget.FindBudgetRollup;
import th.go.mol.oneplan.query.centres.FindProgrammeCoverage;
import th.go.mol.oneplan.query.centres.ProgrammeCoverage;
import th.go.mol.oneplan.query.drives.DriveSummary;
import th.go.mol.oneplan.query.drives.DrivesOfFiscalYear;
import th.go.mol.oneplan.query.drives.FindDrivesOfFiscalYear;
import th.go.mol.oneplan.query.reporting.FindReportingCompliance;
import th.go.mol.oneplan.query.reporting.ReportingCompliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national board (กระดานภาพรวมประเทศ) of a fiscal year: all 77 provinces, each with what the API's national
 * reads say of it (drives, budget roll-up, reporting compliance as of today, its pilot programme's coverage).
 */
@Component
@WithPages
public class NationalBoard {
    private final Geography geography;
    private final PageQueries queries;

    /** The query-only node has no geography bean (the command side provides it), so the shipped one is read there. */
    public NationalBoard(PageQueries queries, ObjectProvider<Geography> geography) {
        this.queries = queries;
        this.geography = geography.getIfAvailable(ThaiGeography::load);
    }

    /** The board's rows, one per province, and whether the year has reporting rules to judge compliance by. */
    public record Board(int fiscalYear, List<BoardRow> rows, String complianceUnknownBecause) {
    }

    public Board of(int fiscalYear) {
        Map<Integer, DriveSummary> drives = queries.ask(new FindDrivesOfFiscalYear(fiscalYear), DrivesOfFiscalYear.class)
                .drives().stream().collect(Collectors.toMap(DriveSummary::provinceCode, Function.identity()));
        Map<Integer, BudgetRollup.Province> budgets = queries.ask(new FindBudgetRollup(fiscalYear), BudgetRollup.class)
                .provinces().stream()
                .collect(Collectors.toMap(BudgetRollup.Province::provinceCode, Function.identity(), (a, b) -> a));
        Map<Integer, ReportingCompliance.Province> compliance = Map.of();
        String complianceUnknown = null;
        try {
            LocalDate today = LocalDate.now(BusinessCalendar.THAILAND);
            compliance = queries.ask(new FindReportingCompliance(fiscalYear, today), ReportingCompliance.class)
                    .provinces().stream().collect(Collectors.toMap(ReportingCompliance.Province::provinceCode,
                            Function.identity(), (a, b) -> a));
        } catch (RuleViolation noRules) {
            complianceUnknown = noRules.getMessage();
        }
        List<BoardRow> rows = new ArrayList<>();
        for (Province province : geography.provinces()) {
            DriveSummary drive = drives.get(province.code());
            BudgetRollup.Province budget = budgets.get(province.code());
            ReportingCompliance.Province reports = compliance.get(province.code());
            Optional<ProgrammeCoverage> pilot = queries.find(
                    new FindProgrammeCoverage(String.format("pilot-%02d-%d", province.code(), fiscalYear)),
                    ProgrammeCoverage.class);
            rows.add(new BoardRow(province.code(), province.nameTh(), province.nameEn(),
                    Region.ofProvince(province.code()),
                    drive == null ? null : drive.driveId(), drive == null ? null : drive.kpiLevel(),
                    drive == null ? null : drive.kpiLevelReachedOn(),
                    budget == null ? null : budget.figures(),
                    reports == null ? null : reports.onTime(),
                    reports == null ? null : reports.onTime() + reports.late() + reports.missing(),
                    reports == null ? null : reports.complianceRate(),
                    pilot.map(ProgrammeCoverage::districtsCovered).orElse(null),
                    pilot.map(ProgrammeCoverage::districts).orElse(null)));
        }
        rows.sort(Comparator.comparingInt(BoardRow::provinceCode));
        return new Board(fiscalYear, rows, complianceUnknown);
    }
}
