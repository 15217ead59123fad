package th.go.mol.oneplan.query.centres;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/** A core-team mentor following a centre, from the agency named, since the day assigned. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CentreMentor(String mentorName, String agency, LocalDate assignedOn, String eventId, String recordedBy,
                           Instant recordedAt) {
}
