package th.go.mol.oneplan.command.reportingrules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.reportingrules.DeclareReportingRules;

import java.util.regex.Pattern;

@RestController
@Profile("!query")
@Tag(name = "Reporting calendar", description = "A fiscal year's reporting rules and each province's due reports")
public class ReportingRulesController {
    private static final Pattern BE_YEAR = Pattern.compile("\\d{4}");

    private final CommandSender commands;

    public ReportingRulesController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/fiscal-years/{fiscalYear}/reporting-rules")
    @Operation(summary = "Declare (or amend) a fiscal year's reporting rules, as a ministry letter sets them",
            description = "Ministry admins only. The first declaration of a year is version 1; a later one is a new"
                    + " version and needs a reason (409 amendment-needs-reason), and earlier versions stay in the"
                    + " record. Dates may be CE or BE (2018-12-03 or 2561-12-03); months are 2018-10 or 2561-10.")
    public ResponseEntity<RulesDeclared> declare(
            @Parameter(description = "Buddhist Era fiscal year, e.g. 2562") @PathVariable String fiscalYear,
            @Valid @RequestBody DeclareReportingRulesRequest body) {
        String year = String.valueOf(beYear(fiscalYear));
        return commands.sendTo(year, body, recording -> new DeclareReportingRules(year, body.letterNumber(),
                        body.letterDate(), body.forms(), body.firstPeriodFrom(), body.firstPeriodTo(),
                        body.firstDueDate(), body.monthlyDueDay(), body.reason(), recording),
                recorded -> new RulesDeclared(recorded.aggregateId(), recorded.eventId(), recorded.version()));
    }

    private static int beYear(String text) {
        String digits = ThaiDates.arabicDigits(text.strip());
        if (!BE_YEAR.matcher(digits).matches()) {
            throw new InvalidValue("fiscalYear", "fiscal-year-format",
                    "fiscalYear is a Buddhist Era year written with four digits, like 2562, got '" + text + "'");
        }
        return new FiscalYear(Integer.parseInt(digits)).beYear();
    }
}
