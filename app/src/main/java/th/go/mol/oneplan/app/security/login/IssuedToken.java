package th.go.mol.oneplan.app.security.login;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * The answer to a login: a bearer token to send as {@code Authorization: Bearer <accessToken>} until
 * {@code expiresAt}.
 *
 * @param accessToken            the token (a signed JWT; clients treat it as opaque)
 * @param tokenType              always {@code Bearer}
 * @param expiresAt              when the token stops being accepted; log in again then
 * @param expiresIn              the same, in seconds from now
 * @param username               the user logged in, as the ledger spells the name (names ignore letter case)
 * @param passwordChangeRequired true: every request but {@code POST /api/me/password} answers 403
 *                               {@code password-change-required} until the password is changed, which also ends
 *                               this token
 */
@Schema(description = "A bearer token for the requests that follow a login")
public record IssuedToken(
        @Schema(description = "The token: send it as 'Authorization: Bearer <accessToken>'",
                requiredMode = Schema.RequiredMode.REQUIRED) String accessToken,
        @Schema(description = "Always Bearer", example = "Bearer", requiredMode = Schema.RequiredMode.REQUIRED)
        String tokenType,
        @Schema(description = "When the token stops being accepted", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant expiresAt,
        @Schema(description = "Seconds until expiresAt", example = "900", requiredMode = Schema.RequiredMode.REQUIRED)
        long expiresIn,
        @Schema(description = "The user, as the ledger spells the name", example = "somchai.k",
                requiredMode = Schema.RequiredMode.REQUIRED) String username,
        @Schema(description = "True until the user has changed the password they were given: only"
                + " POST /api/me/password is allowed until then", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean passwordChangeRequired) {

    @Override
    public String toString() {
        // Never the token: this may end up in a log line.
        return "IssuedToken[" + username + ", until " + expiresAt + "]";
    }
}
