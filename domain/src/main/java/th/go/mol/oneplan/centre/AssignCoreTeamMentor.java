package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Assigns a mentor of the province's core team (คณะทำงานหลัก, Core Team: about 8-10 people from the provincial
 * labour offices and informal-worker networks) to follow and advise a centre. The business date is the day of
 * the assignment.
 */
public record AssignCoreTeamMentor(@TargetAggregateIdentifier String centreId, String mentorName, String agency,
                                   LocalDate assignedOn, Recording recording) {
}
