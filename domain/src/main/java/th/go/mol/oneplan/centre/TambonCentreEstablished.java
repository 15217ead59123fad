package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * A tambon centre was established in the subdistrict named (with its district and province codes, so that
 * statistics roll up without the geography), at the venue named, in the provincial programme named.
 */
public record TambonCentreEstablished(String centreId, int subdistrictCode, String subdistrictNameTh,
                                      int districtCode, int provinceCode, Venue venue, boolean pilot,
                                      String programmeId, LocalDate businessDate, Recording recording) {
}
