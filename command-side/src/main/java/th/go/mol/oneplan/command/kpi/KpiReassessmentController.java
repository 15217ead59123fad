package th.go.mol.oneplan.command.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.drive.kpi.ReassessKpi;

import java.time.LocalDate;

@RestController
@Profile("!query")
@Tag(name = "KPI", description = "The five KPI success levels")
public class KpiReassessmentController {
    private final CommandSender commands;

    public KpiReassessmentController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/admin/drives/{driveId}/kpi-reassessments")
    @Operation(summary = "Apply the KPI rules in force to a drive again (ministry administrators)",
            description = "After the rules change, records every level whose outcome under the rules in force differs"
                    + " from the one recorded, each caused by this reassessment, with the reason. 409"
                    + " kpi-already-current when nothing differs.")
    public ResponseEntity<Recorded> reassess(@PathVariable String driveId,
                                             @Valid @RequestBody ReassessKpiRequest body) {
        return commands.send(driveId, body, recording -> new ReassessKpi(driveId, body.reason(),
                body.reassessedOn() != null ? body.reassessedOn()
                        : LocalDate.ofInstant(recording.recordedAt(), BusinessCalendar.THAILAND),
                recording));
    }
}
