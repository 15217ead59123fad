package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * A tambon was chosen as its district's pilot in the programme, for the centre named; the names are those of the
 * geography on the day, so that the record reads on its own.
 */
public record PilotCentreDesignated(String programmeId, String centreId, int subdistrictCode,
                                    String subdistrictNameTh, int districtCode, LocalDate businessDate,
                                    Recording recording) {
}
