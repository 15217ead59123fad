package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Establishes a tambon-level Informal Worker Quality-of-Life Development Centre (ศูนย์พัฒนาคุณภาพชีวิต
 * แรงงานนอกระบบระดับตำบล) in a subdistrict, at a venue, as a pilot of the provincial programme or not. The
 * sender chooses the centre's id (see {@link CentreId}); the business date is the day it was established.
 */
public record EstablishTambonCentre(@TargetAggregateIdentifier String centreId, int subdistrictCode, Venue venue,
                                    LocalDate establishedOn, boolean pilot, String programmeId,
                                    Recording recording) {
}
