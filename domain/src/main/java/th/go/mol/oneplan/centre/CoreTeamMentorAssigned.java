package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/** A core-team mentor from the agency named was assigned to follow the centre. */
public record CoreTeamMentorAssigned(String centreId, String mentorName, String agency, LocalDate businessDate,
                                     Recording recording) {
}
