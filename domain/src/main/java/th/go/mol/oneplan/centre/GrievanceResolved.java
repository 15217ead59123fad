package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/** The centre resolved grievance {@code grievanceId}. */
public record GrievanceResolved(String centreId, String grievanceId, String resolution, LocalDate businessDate,
                                Recording recording) {
}
