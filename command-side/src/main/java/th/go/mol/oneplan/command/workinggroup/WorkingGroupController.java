package th.go.mol.oneplan.command.workinggroup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.command.http.CommandSender;
import th.go.mol.oneplan.command.http.Recorded;
import th.go.mol.oneplan.drive.workinggroup.AmendWorkingGroup;
import th.go.mol.oneplan.drive.workinggroup.AppointWorkingGroup;

import java.util.List;

@RestController
@Profile("!query")
@RequestMapping("/api/drives/{driveId}/working-group")
@Tag(name = "Working group", description = "The pracharat working group appointed by provincial order (KPI level 1)")
public class WorkingGroupController {
    private final CommandSender commands;

    public WorkingGroupController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Appoint the working group by a signed provincial order",
            description = "The order's number, date and signer and the members, each with sector (GOVERNMENT, PRIVATE, PEOPLE)"
                    + " and role. The group must cover all three sectors (409 working-group-three-sectors). Reaches KPI"
                    + " level 1.")
    public ResponseEntity<Recorded> appoint(@PathVariable String driveId,
                                            @Valid @RequestBody AppointWorkingGroupRequest body) {
        return commands.send(driveId, body, recording -> new AppointWorkingGroup(driveId, body.orderNumber(),
                body.orderDate(), body.signedBy(), body.members().stream().map(MemberBody::toMember).toList(),
                body.lateRecord(), recording));
    }

    @PostMapping("/amendments")
    @Operation(summary = "Add or remove members by an amending order",
            description = "membersAdded as in the appointment, membersRemoved by name; the group must still cover the three"
                    + " sectors. Needs an appointed working group.")
    public ResponseEntity<Recorded> amend(@PathVariable String driveId,
                                          @Valid @RequestBody AmendWorkingGroupRequest body) {
        return commands.send(driveId, body, recording -> new AmendWorkingGroup(driveId, body.orderNumber(),
                body.orderDate(),
                body.membersAdded() == null ? List.of() : body.membersAdded().stream().map(MemberBody::toMember).toList(),
                body.membersRemoved() == null ? List.of() : body.membersRemoved(), body.reason(), body.lateRecord(),
                recording));
    }
}
