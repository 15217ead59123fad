package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * A registered worker moved. {@code personalData} is the person's whole record with the new house and village
 * numbers; the subdistrict (with district and province codes) and the centre, before and after, are outside it,
 * so statistics move the worker from one tambon to the other without reading personal data.
 */
public record WorkerMoved(String workerId, PersonalData personalData, int subdistrictCode, int districtCode,
                          int provinceCode, String centreId, int previousSubdistrictCode, String previousCentreId,
                          LocalDate businessDate, Recording recording) {
}
