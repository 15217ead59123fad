package th.go.mol.oneplan.app.security.me;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.Role;

/** Lets a caller check how the ledger sees them (both authentication modes). */
@RestController
@Tag(name = "Me", description = "The authenticated caller")
public class MeController {

    @GetMapping("/api/me")
    @Operation(summary = "Who you are: user name, role and scope",
            description = "The user name is what every event you record is recorded by.")
    public MeView me(Authentication authentication) {
        Caller caller = Caller.of(authentication).orElseThrow();
        return new MeView(caller.name(), caller.role().map(Role::name).orElse(null), caller.provinceCode(),
                caller.subdistrictCode());
    }
}
