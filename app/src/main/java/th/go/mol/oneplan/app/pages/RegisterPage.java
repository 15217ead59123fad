package th.go.mol.oneplan.app.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.centres.FindProgrammeCoverage;
import th.go.mol.oneplan.query.centres.ProgrammeCoverage;
import th.go.mol.oneplan.query.statistics.AreaLevel;
import th.go.mol.oneplan.query.statistics.AreaStatistics;
import th.go.mol.oneplan.query.statistics.FindAreaStatistics;
import th.go.mol.oneplan.query.statistics.FindPilotTargets;
import th.go.mol.oneplan.query.statistics.PilotTargets;
import th.go.mol.oneplan.query.statistics.RegisterStatisticsQueries;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The register's board (กระดานสถิติทะเบียนแรงงานนอกระบบ), as the source asks each tambon centre to keep one: the
 * statistics of the nation ({@code /register}), a province, a district or a subdistrict
 * ({@code /register/provinces/92}, {@code /register/districts/9206}, {@code /register/subdistricts/920606}), each
 * with its parts to open; for a province, its pilot programme of the fiscal year: the districts it covers and each
 * pilot tambon's share of workers served against the 30% target.
 */
@Controller
@WithPages
public class RegisterPage {
    private static final Map<String, AreaLevel> LEVELS = Map.of("provinces", AreaLevel.PROVINCE,
            "districts", AreaLevel.DISTRICT, "subdistricts", AreaLevel.SUBDISTRICT);
    private static final Map<AreaLevel, Integer> DIGITS = Map.of(AreaLevel.PROVINCE, 2, AreaLevel.DISTRICT, 4,
            AreaLevel.SUBDISTRICT, 6);

    private final PageQueries queries;
    private final RegisterStatisticsQueries areas;

    public RegisterPage(PageQueries queries, RegisterStatisticsQueries areas) {
        this.queries = queries;
        this.areas = areas;
    }

    @GetMapping("/register")
    public String nation(Model model) {
        return board(AreaLevel.NATION, 0, null, model);
    }

    @GetMapping("/register/{level}/{code}")
    public String area(@PathVariable String level, @PathVariable String code,
                       @RequestParam(required = false) String fiscalYear, Model model) {
        AreaLevel areaLevel = LEVELS.get(level);
        if (areaLevel == null) {
            throw new NotFound("area", "the register has provinces, districts and subdistricts, not " + level);
        }
        return board(areaLevel, QueryParameters.areaCode(code, "code", DIGITS.get(areaLevel)), fiscalYear, model);
    }

    private String board(AreaLevel level, int code, String fiscalYear, Model model) {
        if (areas.names(level, code).isEmpty()) {
            throw new NotFound(level.name().toLowerCase(Locale.ROOT), "there is no "
                    + level.name().toLowerCase(Locale.ROOT) + " " + code + " in the Thai geography");
        }
        AreaStatistics statistics = queries.ask(new FindAreaStatistics(level, code), AreaStatistics.class);
        model.addAttribute("s", statistics);
        Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("อาชีพ (occupation)", statistics.byOccupation());
        breakdowns.put("การศึกษา (education)", statistics.byEducation());
        breakdowns.put("เพศ (sex)", statistics.bySex());
        breakdowns.put("ช่วงอายุ (age band)", statistics.byAgeBand());
        breakdowns.put("ความต้องการ (needs)", statistics.byNeed());
        breakdowns.put("ปัญหา (problems)", statistics.byProblem());
        breakdowns.put("บริการ (services by type)", statistics.servicesByType());
        breakdowns.put("หน่วยงาน (services by agency)", statistics.servicesByAgency());
        model.addAttribute("breakdowns", breakdowns);
        model.addAttribute("partsPath", statistics.parts().isEmpty() ? null : switch (level) {
            case NATION -> "provinces";
            case PROVINCE -> "districts";
            default -> "subdistricts";
        });
        if (level == AreaLevel.PROVINCE) {
            int year = fiscalYear == null || fiscalYear.isBlank()
                    ? FiscalYear.containing(LocalDate.now(BusinessCalendar.THAILAND)).beYear()
                    : QueryParameters.fiscalYear(fiscalYear).beYear();
            String programme = String.format("pilot-%02d-%d", code, year);
            model.addAttribute("fiscalYear", year);
            model.addAttribute("coverage",
                    queries.find(new FindProgrammeCoverage(programme), ProgrammeCoverage.class).orElse(null));
            model.addAttribute("targets", queries.find(new FindPilotTargets(programme), PilotTargets.class).orElse(null));
        }
        return "pages/register";
    }
}
