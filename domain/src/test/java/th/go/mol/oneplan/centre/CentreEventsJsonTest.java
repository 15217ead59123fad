package th.go.mol.oneplan.centre;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.centre.SuratThaniCentres.*;

/**
 * The centre events read back as written through JSON configured as the event store's mapper is (the app's
 * EventStoreSerialization): records, enums, flags and ISO dates survive the round trip, and the JSON names
 * the fields as the records do, since those names are now part of the stored record.
 */
class CentreEventsJsonTest {
    private static final ObjectMapper EVENT_STORE_LIKE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void every_centre_event_reads_back_equal() throws Exception {
        List<Object> events = List.of(declared(), designated(TALAT), talatEstablished(), talatCommitteeAppointed(),
                new CentreCommitteeAmended(TALAT_CENTRE, List.of(VOLUNTEER), List.of("นายเก่า"), "why",
                        LocalDate.of(2020, 2, 3), recording(4)),
                new CoreTeamMentorAssigned(TALAT_CENTRE, "mentor", "agency", LocalDate.of(2020, 1, 27),
                        recording(5)));
        for (Object event : events) {
            String json = EVENT_STORE_LIKE.writeValueAsString(event);
            assertThat(EVENT_STORE_LIKE.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void a_committee_member_is_stored_with_its_role_and_both_flags_by_name() throws Exception {
        String json = EVENT_STORE_LIKE.writeValueAsString(LOCAL_GOVERNMENT);
        assertThat(json).contains("\"role\":\"ADVISOR\"", "\"labourVolunteer\":false",
                "\"localGovernmentRepresentative\":true", "\"organisation\":\"เทศบาลเมืองสุราษฎร์ธานี\"");
    }
}
