package th.go.mol.oneplan.app.vault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.register.AgeBand;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.PersonalData;
import th.go.mol.oneplan.register.Sex;
import th.go.mol.oneplan.register.Title;
import th.go.mol.oneplan.register.WorkerProfileUpdated;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A worker's personal data through the event store's JSON: sealed when written, opened or ERASED when read. */
class SealedPersonalDataTest {
    static final String WORKER = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    static final PersonalData SOMSRI = new PersonalData(NationalId.parse("1103702071811", "nationalId"), "สมศรี",
            "รักงาน", LocalDate.of(1975, 5, 14), "0812345678", "12/3", 2);

    private final KeysInMemory keys = new KeysInMemory();
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SealedPersonalDataModule(new PersonalDataVault(keys, new PersonalDataCipher())));

    static WorkerRegistered registered(String workerId, PersonalData data) {
        return new WorkerRegistered(workerId, data, Title.MRS, Sex.FEMALE, AgeBand.AGE_40_59, 840101, 8401, 84,
                OccupationGroup.RUBBER_OIL_PALM, Education.PRIMARY, List.of(), List.of(),
                LawfulBasis.publicTask(), "centre-840101-2563", LocalDate.of(2020, 2, 3),
                new Recording("volunteer@talat", Instant.parse("2020-02-10T03:00:00Z"), "w-1"));
    }

    @Test
    void a_registration_is_stored_with_its_personal_data_sealed_for_the_worker_and_reads_back_whole() throws Exception {
        String json = mapper.writeValueAsString(registered(WORKER, SOMSRI));

        assertThat(json).contains("\"personalData\":{\"subject\":\"" + WORKER + "\",\"sealed\":\"")
                .doesNotContain("1103702071811", "สมศรี", "รักงาน", "0812345678", "1975-05-14", "12/3")
                .contains("\"subdistrictCode\":840101", "\"sex\":\"FEMALE\"");
        assertThat(mapper.readValue(json, WorkerRegistered.class)).isEqualTo(registered(WORKER, SOMSRI));
    }

    @Test
    void once_the_workers_key_is_destroyed_the_same_bytes_read_as_erased_and_every_other_field_stays() throws Exception {
        String json = mapper.writeValueAsString(registered(WORKER, SOMSRI));

        keys.destroy(WORKER);
        WorkerRegistered read = mapper.readValue(json, WorkerRegistered.class);

        assertThat(read.personalData()).isEqualTo(PersonalData.ERASED);
        assertThat(read.personalData().isErased()).isTrue();
        assertThat(read.subdistrictCode()).isEqualTo(840101);
        assertThat(read.sex()).isEqualTo(Sex.FEMALE);
        assertThat(mapper.writeValueAsString(read)).as("written again, e.g. as a dead letter")
                .contains("\"personalData\":{\"subject\":\"" + WORKER + "\",\"erased\":true}");
    }

    @Test
    void data_moved_into_another_workers_event_does_not_open() throws Exception {
        String other = "worker-00000000-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
        String json = mapper.writeValueAsString(registered(WORKER, SOMSRI));
        mapper.writeValueAsString(registered(other, SOMSRI));

        String moved = json.replace("\"subject\":\"" + WORKER, "\"subject\":\"" + other);

        assertThatThrownBy(() -> mapper.readValue(moved, WorkerRegistered.class))
                .hasRootCauseInstanceOf(PersonalDataCipher.SealedValueRejected.class);
    }

    @Test
    void a_profile_update_without_a_new_phone_holds_no_personal_data_at_all() throws Exception {
        WorkerProfileUpdated update = new WorkerProfileUpdated(WORKER, OccupationGroup.TRADE, null, null, null, null,
                new Recording("volunteer@talat", Instant.parse("2020-02-10T03:00:00Z"), "w-2"));

        String json = mapper.writeValueAsString(update);

        assertThat(json).contains("\"personalData\":null");
        assertThat(mapper.readValue(json, WorkerProfileUpdated.class)).isEqualTo(update);
        assertThat(keys.keys).as("no key made for nothing").isEmpty();
    }

    @Test
    void personal_data_is_never_written_in_clear_anywhere_else() {
        record Holder(String name, PersonalData personalData) {
        }

        assertThatThrownBy(() -> mapper.writeValueAsString(SOMSRI)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.writeValueAsString(List.of(SOMSRI))).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.writeValueAsString(new Holder("x", SOMSRI)))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("workerId");
    }

    @Test
    void personal_data_stored_in_clear_is_not_read_as_if_it_were_sealed() {
        String clear = "{\"workerId\":\"" + WORKER + "\",\"personalData\":{\"nationalId\":\"1103702071811\"}}";

        assertThatThrownBy(() -> mapper.readValue(clear, WorkerRegistered.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("sealed form");
    }
}
