package th.go.mol.oneplan.register;

import java.time.LocalDate;

/**
 * A registered worker's record as it reads now, what the rules of a later command need to know.
 *
 * @param addressSince the day the current address began: the registration day, or the day of the last move
 */
public record WorkerRecord(String workerId, PersonalData personalData, int subdistrictCode, String centreId,
                           LocalDate registeredOn, LocalDate addressSince) {
}
