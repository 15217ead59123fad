package th.go.mol.oneplan.register;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.mol.oneplan.register.TalatWorkers.*;

/**
 * The register's events read back as written through JSON configured as the event store's mapper is (the app's
 * EventStoreSerialization), and every personal field is inside the one {@code personalData} object, the part the
 * storage layer will encrypt per person.
 */
class RegisterEventsJsonTest {
    private static final ObjectMapper EVENT_STORE_LIKE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private static List<Object> everyEvent() {
        return List.of(somsriRegistered(),
                new WorkerRegistered(WORKER_ID, new PersonalData(NATIONAL_ID, "สมชาย", LAST_NAME, BORN, null, "99",
                        null), Title.MR, Sex.MALE, AgeBand.AGE_60_AND_OVER, TALAT, 8401, 84, OccupationGroup.TRADE,
                        Education.NONE, List.of(), List.of(), LawfulBasis.publicTask(), TALAT_CENTRE, REGISTERED_ON,
                        recording(1)),
                new WorkerProfileUpdated(WORKER_ID, OccupationGroup.LIVESTOCK, Education.BACHELOR,
                        List.of(Problem.DEBT), List.of(Need.SAVINGS), SOMSRI.withPhone("0987654321"), recording(2)),
                new WorkerProfileUpdated(WORKER_ID, null, null, null, null, null, recording(2)),
                somsriMovedToMakhamTia(),
                new ServiceDelivered(WORKER_ID, Service.HOME_WORKER_FUND_LOAN, Agency.PARTNER, "อบต.ตลาด",
                        TALAT_CENTRE, TALAT, "84-2563", "P2", LocalDate.of(2020, 2, 7), recording(4)),
                new ServiceDelivered(WORKER_ID, Service.SKILLS_TRAINING, Agency.SKILL_DEVELOPMENT_OFFICE, null,
                        TALAT_CENTRE, TALAT, null, null, LocalDate.of(2020, 2, 7), recording(5)));
    }

    @Test
    void every_register_event_reads_back_equal() throws Exception {
        for (Object event : everyEvent()) {
            String json = EVENT_STORE_LIKE.writeValueAsString(event);
            assertThat(EVENT_STORE_LIKE.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void the_personal_data_is_one_object_with_the_national_id_as_its_13_digits_and_iso_dates() throws Exception {
        JsonNode personal = EVENT_STORE_LIKE.valueToTree(somsriRegistered()).get("personalData");

        assertThat(personal.get("nationalId").asText()).isEqualTo(NATIONAL_ID_DIGITS);
        assertThat(personal.get("dateOfBirth").asText()).isEqualTo("1975-05-14");
        assertThat(personal.get("villageNumber").asInt()).isEqualTo(2);
    }

    @Test
    void without_the_personal_data_object_no_event_carries_a_personal_field() {
        for (Object event : everyEvent()) {
            ObjectNode json = EVENT_STORE_LIKE.valueToTree(event);
            json.remove("personalData");
            String rest = json.toString();
            assertThat(rest).as(rest).doesNotContain(NATIONAL_ID_DIGITS, FIRST_NAME, "สมชาย", LAST_NAME, "1975-05-14",
                    PHONE, "0987654321", "12/3", "\"45\"", "houseNumber", "villageNumber", "phone", "Name", "dateOfBirth");
        }
    }

    @Test
    void what_statistics_count_is_outside_the_personal_data() {
        JsonNode json = EVENT_STORE_LIKE.valueToTree(somsriRegistered());

        assertThat(json.get("sex").asText()).isEqualTo("FEMALE");
        assertThat(json.get("ageBand").asText()).isEqualTo("AGE_40_59");
        assertThat(json.get("subdistrictCode").asInt()).isEqualTo(TALAT);
        assertThat(json.get("occupation").asText()).isEqualTo("RUBBER_OIL_PALM");
        assertThat(json.get("lawfulBasis").get("basis").asText()).isEqualTo("CONSENT");
    }

    @Test
    void a_stored_national_id_whose_check_digit_fails_does_not_read_as_a_person() {
        String json = EVENT_STORE_LIKE.valueToTree(somsriRegistered()).toString()
                .replace(NATIONAL_ID_DIGITS, "1103702071812");

        assertThatThrownBy(() -> EVENT_STORE_LIKE.readValue(json, WorkerRegistered.class))
                .hasMessageNotContaining("1103702071812");
    }
}
