package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * A worker's personal data was erased. The event holds no personal data: only the ground, the request's
 * reference and the worker's centre and tambon on that day, so that the record shows who erased what and why,
 * while every count (per tambon, sex, age band, occupation, service) stays as it was. The storage layer destroys
 * the worker's data key when it stores this event, so every earlier {@link PersonalData} of the worker reads as
 * {@link PersonalData#ERASED} from then on.
 */
public record PersonalDataErased(String workerId, ErasureGround ground, String reference, String centreId,
                                 int subdistrictCode, LocalDate businessDate, Recording recording) {
}
