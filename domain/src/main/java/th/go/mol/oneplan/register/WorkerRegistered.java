package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/**
 * An informal worker was registered by a tambon centre. The personal fields are all in {@code personalData}; the
 * rest is what statistics read (subdistrict with its district and province codes, sex from the title, age band
 * on the registration day, occupation, education, problems, needs) and needs no personal data.
 */
public record WorkerRegistered(String workerId, PersonalData personalData, Title title, Sex sex, AgeBand ageBand,
                               int subdistrictCode, int districtCode, int provinceCode, OccupationGroup occupation,
                               Education education, List<Problem> problems, List<Need> needs,
                               LawfulBasis lawfulBasis, String centreId, LocalDate businessDate,
                               Recording recording) {
}
