package th.go.mol.oneplan.register;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/**
 * No command, event or value of the register prints personal data: a log line, an exception message or a test
 * failure shows the worker's id and the non-personal fields, never the id number, names, birth date, phone or home.
 */
class PersonalDataNotPrintedTest {
    private static final List<String> PERSONAL = List.of(NATIONAL_ID_DIGITS, NATIONAL_ID.formatted(), FIRST_NAME,
            LAST_NAME, "1975-05-14", PHONE, "081-234-5678", "0987654321", "12/3", "houseNumber=45");

    @Test
    void commands_events_and_the_worker_s_record_print_no_personal_field() {
        List<Object> printed = List.of(registerSomsri(), somsriRegistered(),
                new UpdateWorkerProfile(WORKER_ID, null, null, "0987654321", null, null, recording(2)),
                new WorkerProfileUpdated(WORKER_ID, null, null, null, null, SOMSRI.withPhone("0987654321"),
                        recording(2)),
                new MoveWorker(WORKER_ID, new Address("45", 5, MAKHAM_TIA), MAKHAM_TIA_CENTRE,
                        LocalDate.of(2020, 2, 8), recording(3)),
                somsriMovedToMakhamTia(),
                new RecordServiceDelivered(WORKER_ID, Service.JOB_PLACEMENT, Agency.EMPLOYMENT_OFFICE, null,
                        LocalDate.of(2020, 2, 7), null, null, recording(4)),
                SOMSRI, HOME, NATIONAL_ID,
                new WorkerRecord(WORKER_ID, SOMSRI, TALAT, TALAT_CENTRE, REGISTERED_ON, REGISTERED_ON));
        for (Object value : printed) {
            String text = value.toString();
            assertThat(text).as(value.getClass().getSimpleName()).doesNotContain(PERSONAL);
        }
    }

    @Test
    void the_printed_command_still_names_the_worker_and_the_non_personal_fields() {
        assertThat(registerSomsri().toString()).contains(WORKER_ID, "MRS", "RUBBER_OIL_PALM", "subdistrictCode=840101",
                TALAT_CENTRE, "2020-02-03", "personal data withheld");
        assertThat(new UpdateWorkerProfile(WORKER_ID, OccupationGroup.TRADE, null, null, null, null, recording(2))
                .toString()).contains("TRADE", "phone not sent");
    }
}
