package th.go.mol.oneplan.drive.fieldwork;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Visits and activities stored before they could name a centre or the workers served still read (through the event
 * store's JSON settings, as EventStoreSerialization has them): no centre, no workers. New ones keep both.
 */
class WorkersServedEventsJsonTest {
    private static final ObjectMapper EVENT_STORE_LIKE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final String WORKER = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";

    @Test
    void a_visit_stored_before_names_no_centre_and_no_worker() throws Exception {
        String old = EVENT_STORE_LIKE.writeValueAsString(firstVisitLogged())
                .replace(",\"centreId\":null", "").replace(",\"workerIds\":[]", "");
        assertThat(old).doesNotContain("centreId").doesNotContain("workerIds");

        FieldVisitLogged read = EVENT_STORE_LIKE.readValue(old, FieldVisitLogged.class);

        assertThat(read.centreId()).isNull();
        assertThat(read.workerIds()).isEmpty();
        assertThat(read).isEqualTo(firstVisitLogged());
    }

    @Test
    void an_activity_stored_before_names_no_worker() throws Exception {
        String old = "{\"driveId\":\"92-2562\",\"eventId\":\"92-2562/18\",\"siteSubdistrictCode\":920705,"
                + "\"siteNameTh\":\"วังมะปรางเหนือ\",\"participants\":20,\"amountSpentSatang\":2000000,"
                + "\"agency\":\"SKILL_DEVELOPMENT_OFFICE\",\"planProjectCode\":\"P1\",\"description\":\"ฝึกอาชีพ\","
                + "\"businessDate\":\"2019-06-12\",\"lateRecord\":false,\"recording\":{\"recordedBy\":\"officer@trang\","
                + "\"recordedAt\":\"2019-10-01T03:00:00Z\",\"commandId\":\"cmd-18\"}}";

        ActivityRecorded read = EVENT_STORE_LIKE.readValue(old, ActivityRecorded.class);

        assertThat(read.workerIds()).isEmpty();
        assertThat(read.fundedBy()).isNull();
        assertThat(read.participants()).isEqualTo(20);
    }

    @Test
    void a_visit_and_an_activity_naming_them_keep_them_through_the_round_trip() throws Exception {
        FieldVisitLogged visit = new FieldVisitLogged(DRIVE_ID, id(30), KANTANG, "กันตัง", "ศาลา", List.of(), 3,
                List.of(), "P1", LocalDate.of(2019, 3, 28), false, recording(30), 0, null, "centre-920201-2562",
                List.of(WORKER));
        ActivityRecorded activity = new ActivityRecorded(DRIVE_ID, id(31), KANTANG, "กันตัง", 3, 0,
                Agency.EMPLOYMENT_OFFICE, "P1", "วันบริการ", LocalDate.of(2019, 3, 28), false, recording(31), null,
                List.of(WORKER));

        assertThat(EVENT_STORE_LIKE.readValue(EVENT_STORE_LIKE.writeValueAsString(visit), FieldVisitLogged.class))
                .isEqualTo(visit);
        assertThat(EVENT_STORE_LIKE.readValue(EVENT_STORE_LIKE.writeValueAsString(activity), ActivityRecorded.class))
                .isEqualTo(activity);
    }
}
