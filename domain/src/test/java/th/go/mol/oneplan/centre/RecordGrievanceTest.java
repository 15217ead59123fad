package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** Registered workers bring grievances to the complaints member of Talat's committee. */
class RecordGrievanceTest {
    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static RecordGrievance grievance(String workerId, GrievanceTopic topic, String otherTopic,
                                             GrievanceChannel channel, LocalDate on) {
        return new RecordGrievance(TALAT_CENTRE, workerId, topic, otherTopic, channel, on, recording(10));
    }

    @Test
    void a_worker_complains_in_person_about_section_40_and_the_grievance_is_numbered() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, GrievanceTopic.SOCIAL_SECURITY, null, GrievanceChannel.IN_PERSON,
                        GRIEVANCE_ON))
                .expectEvents(talatGrievanceRecorded());
    }

    @Test
    void a_second_grievance_by_line_on_an_other_topic_is_numbered_after_the_first() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(grievance(WORKER, GrievanceTopic.OTHER, " ที่ดินทำกิน ", GrievanceChannel.LINE, GRIEVANCE_ON))
                .expectEvents(new GrievanceRecorded(TALAT_CENTRE, "grievance-2", WORKER, GrievanceTopic.OTHER,
                        "ที่ดินทำกิน", GrievanceChannel.LINE, GRIEVANCE_ON, recording(10)));
    }

    @Test
    void there_is_no_grievance_before_a_committee_receives_it() {
        fixture.given(talatEstablished())
                .when(grievance(WORKER, GrievanceTopic.SOCIAL_SECURITY, null, GrievanceChannel.PHONE, GRIEVANCE_ON))
                .expectException(brokenRule("grievance-needs-committee"))
                .expectNoEvents();
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, GrievanceTopic.SOCIAL_SECURITY, null, GrievanceChannel.PHONE,
                        APPOINTED_ON.minusDays(1)))
                .expectException(brokenRule("grievance-before-committee"));
    }

    @Test
    void the_worker_is_named_by_register_id_only() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance("3840100123456", GrievanceTopic.SOCIAL_SECURITY, null, GrievanceChannel.LETTER,
                        GRIEVANCE_ON))
                .expectException(invalidValue("workerId", "worker-id-format"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(null, GrievanceTopic.SOCIAL_SECURITY, null, GrievanceChannel.LETTER, GRIEVANCE_ON))
                .expectException(invalidValue("workerId", "worker-id-format"));
    }

    @Test
    void a_grievance_has_a_topic_labelled_only_when_other_a_channel_and_a_past_day() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, null, null, GrievanceChannel.OTHER, GRIEVANCE_ON))
                .expectException(invalidValue("topic", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, GrievanceTopic.OTHER, " ", GrievanceChannel.OTHER, GRIEVANCE_ON))
                .expectException(invalidValue("otherTopic", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, GrievanceTopic.PAY_AND_EMPLOYER, "ค่าจ้าง", GrievanceChannel.OTHER,
                        GRIEVANCE_ON))
                .expectException(invalidValue("otherTopic", "only-for-other"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, GrievanceTopic.PAY_AND_EMPLOYER, null, null, GRIEVANCE_ON))
                .expectException(invalidValue("channel", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(grievance(WORKER, GrievanceTopic.PAY_AND_EMPLOYER, null, GrievanceChannel.PHONE,
                        LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("receivedOn", "not-in-future"));
    }
}
