package th.go.mol.oneplan.app.security.login;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.go.mol.oneplan.app.security.AuthenticationMode;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.LoginLocked;
import th.go.mol.oneplan.app.security.SecurityProblems;
import th.go.mol.oneplan.app.security.builtin.PasswordCheck;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;

import java.io.IOException;

/**
 * Logging in (built-in mode): the password is checked once, here, and the answer is a short-lived bearer token
 * for the requests that follow, which then cost no password check at all. The check is throttled like any other
 * ({@code LoginThrottle}); a failure answers the same problems as the filter chain does for HTTP Basic.
 */
@RestController
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
@Tag(name = "Login", description = "Built-in user store: a bearer token for a user name and password")
public class LoginController {
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final PasswordCheck passwords;
    private final LoginTokens tokens;
    private final UserAccounts accounts;
    private final SecurityProblems problems;
    private final AuthenticationMode mode;

    public LoginController(PasswordCheck passwords, LoginTokens tokens, UserAccounts accounts,
                           SecurityProblems problems, AuthenticationMode mode) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
        this.mode = mode;
    }

    @PostMapping(path = "/api/login", produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Log in: a bearer token for the next minutes",
            description = "Send the user name (letter case does not matter) and password as JSON, or as HTTP Basic"
                    + " with no body. The answer's accessToken is sent as 'Authorization: Bearer <accessToken>' until"
                    + " expiresAt (oneplan.security.token.minutes, 15 by default). It ends earlier when the user's"
                    + " password is changed or set, or an administrator changes or disables the user: log in again."
                    + " Failed logins count towards the lock of the user name, as with HTTP Basic. A user who must"
                    + " change their password gets a token too (passwordChangeRequired true), good only for"
                    + " POST /api/me/password.")
    @ApiResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = IssuedToken.class)))
    @ApiResponse(responseCode = "400", description = "The body is not a user name and password",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No credentials, or a wrong user name or password, or a"
            + " disabled user (the answer never says which)",
            headers = @Header(name = "WWW-Authenticate", description = "How to authenticate",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed logins for this user name; no password was"
            + " checked",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public IssuedToken login(@Valid @RequestBody(required = false) LoginRequest body, Authentication authentication) {
        if (body != null) {
            return tokens.issue(passwords.verify(body.username(), body.password()));
        }
        if (authentication instanceof UsernamePasswordAuthenticationToken basic) {
            // HTTP Basic: the filter chain has checked the password already.
            Caller caller = Caller.of(basic).orElseThrow();
            return tokens.issue(accounts.find(caller.name())
                    .orElseThrow(() -> new BadCredentialsException("no such user")));
        }
        if (Caller.of(authentication).isPresent()) {
            // A token is not renewed by a token: logging in again needs the password.
            throw new BadCredentialsException("a login needs a user name and password");
        }
        throw new AuthenticationCredentialsNotFoundException("no credentials");
    }

    @ExceptionHandler(AuthenticationException.class)
    void refused(AuthenticationException refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (refusal instanceof LoginLocked locked) {
            problems.loginLocked(request, response, locked);
        } else {
            problems.unauthenticated(request, response,
                    !(refusal instanceof AuthenticationCredentialsNotFoundException), mode.challenge(refusal));
        }
    }
}
