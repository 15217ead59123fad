package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Names the tambon chosen as the pilot of its district (ตำบลนำร่อง อำเภอละ ๑ ตำบล) and the id of the centre
 * to be established there. The business date is the day it was chosen.
 */
public record DesignatePilotCentre(@TargetAggregateIdentifier String programmeId, String centreId,
                                   int subdistrictCode, LocalDate designatedOn, Recording recording) {
}
