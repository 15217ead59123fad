package th.go.mol.oneplan.command.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.Baht;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.drive.budget.ReallocateBudget;

@RestController
@Profile("!query")
@Tag(name = "Budget", description = "Allocations of the One Plan's projects and what was spent from them")
public class ReallocationController {
    private final CommandSender commands;

    public ReallocationController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/drives/{driveId}/budget/reallocations")
    @Operation(summary = "Move money from one project's remaining allocation to another project of the plan in force",
            description = "Money keeps its budget source (409 reallocation-keeps-source). 409"
                    + " reallocation-exceeds-remaining when the giving allocation has less remaining than the amount;"
                    + " 409 project-of-approved-plan for a project not in the plan version in force. The next approved plan version states"
                    + " every allocation again.")
    public ResponseEntity<Recorded> reallocate(@PathVariable String driveId,
                                               @Valid @RequestBody ReallocateBudgetRequest body) {
        return commands.send(driveId, body, recording -> new ReallocateBudget(driveId, body.fromProjectCode(),
                body.toProjectCode(), Baht.toSatang(body.amount(), "amount"), body.reason(), body.reallocatedOn(),
                body.lateRecord(), recording, AllocationRefBody.toRef(body.fromAllocation()),
                AllocationRefBody.toRef(body.toAllocation())));
    }
}
