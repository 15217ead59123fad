package th.go.mol.oneplan.query.workers;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What an answer with unmasked personal data asks first: may this caller read it, for the reason the request
 * gives, and is the read recorded (who, when, whose, why, through which endpoint)? A port: the application's
 * security layer implements it with its personal-data access log; it throws (403 for the role, 400 for a missing
 * reason) rather than answer no, and nothing is shown unless the read was recorded.
 */
public interface PersonalDataReadGuard {
    /** The kind of person the register's reads are about, as the access log names it. */
    String INFORMAL_WORKER = "informal-worker";

    void authorize(HttpServletRequest request, String subjectKind, String subjectId);
}
