package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of a centre's committee as it reads now: their role, whether they are a tambon labour volunteer
 * (อสร.) or the local government's representative, and the appointment or amendment that put them there.
 *
 * @param since the business date of that appointment or amendment
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommitteeSeat(String name, String role, boolean labourVolunteer, boolean localGovernmentRepresentative,
                            String organisation, LocalDate since, String eventId, String recordedBy,
                            Instant recordedAt) {
}
