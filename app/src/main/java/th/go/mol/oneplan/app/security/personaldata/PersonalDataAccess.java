package th.go.mol.oneplan.app.security.personaldata;

import java.time.Instant;

/**
 * One read of unmasked personal data: who read whose data, when, why and through which endpoint.
 *
 * @param subjectKind what kind of person the data is about, e.g. {@code informal-worker}
 * @param subjectId   the id of that person in the ledger (never their name or national id)
 */
public record PersonalDataAccess(long id, Instant accessedAt, String accessedBy, String role, String subjectKind,
                                 String subjectId, String reason, String endpoint) {
}
