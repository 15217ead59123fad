package th.go.mol.oneplan.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers an informal worker (แรงงานนอกระบบ) in a tambon centre's register, with the fields of the centres'
 * survey form (source l.2336-2341). The sender chooses the worker's id (see {@link WorkerId}); the business date
 * is the day the worker was registered. The command is flat, as a sender fills it in; the event gathers the
 * personal fields into {@link PersonalData}.
 *
 * @param phone    optional (not every worker has one)
 * @param problems optional, duplicates ignored
 * @param needs    optional, duplicates ignored
 */
public record RegisterWorker(@TargetAggregateIdentifier String workerId, NationalId nationalId, Title title,
                             String firstName, String lastName, LocalDate dateOfBirth, Address address,
                             OccupationGroup occupation, Education education, String phone, List<Problem> problems,
                             List<Need> needs, LawfulBasis lawfulBasis, String centreId, LocalDate registeredOn,
                             Recording recording) {

    /** Without the personal fields (national id, names, date of birth, phone, house and village numbers). */
    @Override
    public String toString() {
        return "RegisterWorker[workerId=" + workerId + ", personal data withheld, title=" + title + ", address="
                + address + ", occupation=" + occupation + ", education=" + education + ", problems=" + problems
                + ", needs=" + needs + ", lawfulBasis=" + lawfulBasis + ", centreId=" + centreId + ", registeredOn="
                + registeredOn + ", recording=" + recording + "]";
    }
}
