package th.go.mol.oneplan.app.security.users;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.app.security.Caller;

import java.net.URI;

/**
 * Users of the built-in store, for MINISTRY_ADMIN (the access rules let nobody else under /api/admin). In JWT
 * mode users live in the identity provider and these endpoints do not exist.
 */
@RestController
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
@RequestMapping("/api/admin/users")
@Tag(name = "Users", description = "MINISTRY_ADMIN: users of the built-in user store, their roles and scopes")
public class UserAdminController {
    private final UserAdministration users;

    public UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Add a user",
            description = "201 with the user; 409 (rule username-taken) if the name is taken; 400 naming each bad"
                    + " field (a PROVINCIAL_OFFICER needs a real provinceCode, CENTRE_STAFF a real subdistrictCode).")
    @ApiResponse(responseCode = "201", description = "The user is added",
            headers = @Header(name = "Location", description = "/api/admin/users/{username}", required = true))
    @ApiResponse(responseCode = "409", description = "username-taken: there is already a user of that name")
    public ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest body, Authentication authentication) {
        UserView created = users.create(body, Caller.of(authentication).orElseThrow());
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @GetMapping
    @Operation(summary = "List the users (never their passwords or hashes)",
            description = "Every user of the built-in user store with role, scope, whether enabled, and whether a"
                    + " password change is pending.")
    public UserList list() {
        return new UserList(users.all());
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user", description = "The user's role, scope and state; 404 for an unknown name.")
    public UserView one(@PathVariable String username) {
        return users.one(username);
    }

    @PutMapping("/{username}")
    @Operation(summary = "Set a user's role, scope and whether they may log in",
            description = "Takes effect at the user's next request. 409 (rule last-admin) for the last enabled admin.")
    @ApiResponse(responseCode = "200", description = "The user as changed")
    @ApiResponse(responseCode = "409", description = "last-admin: the last enabled admin must stay an enabled admin")
    public UserView changeAccess(@PathVariable String username, @Valid @RequestBody ChangeAccessRequest body,
                                 Authentication authentication) {
        return users.changeAccess(username, body, Caller.of(authentication).orElseThrow());
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Set a user's password (a user who forgot theirs)",
            description = "By default the user must change it before doing anything else. 204 when set.")
    @ApiResponse(responseCode = "204", description = "The password is set")
    public ResponseEntity<Void> resetPassword(@PathVariable String username,
                                              @Valid @RequestBody ResetPasswordRequest body,
                                              Authentication authentication) {
        users.resetPassword(username, body, Caller.of(authentication).orElseThrow());
        return ResponseEntity.noContent().build();
    }
}
