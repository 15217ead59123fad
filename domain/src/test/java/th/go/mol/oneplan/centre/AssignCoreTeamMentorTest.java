package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** Mentors of the province's core team are assigned to follow a centre. */
class AssignCoreTeamMentorTest {
    private static final LocalDate ASSIGNED_ON = LocalDate.of(2020, 1, 27);
    private static final String MENTOR = "นางสาวกานดา พี่เลี้ยง";
    private static final String AGENCY = "สำนักงานแรงงานจังหวัดสุราษฎร์ธานี";

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static AssignCoreTeamMentor assign(String mentor, String agency, LocalDate on) {
        return new AssignCoreTeamMentor(TALAT_CENTRE, mentor, agency, on, recording(5));
    }

    @Test
    void a_mentor_of_the_provincial_labour_office_is_assigned_to_the_centre() {
        fixture.given(talatEstablished())
                .when(assign(MENTOR, AGENCY, ASSIGNED_ON))
                .expectEvents(new CoreTeamMentorAssigned(TALAT_CENTRE, MENTOR, AGENCY, ASSIGNED_ON, recording(5)));
    }

    @Test
    void a_second_mentor_from_an_informal_worker_network_is_assigned_too() {
        fixture.given(talatEstablished(), new CoreTeamMentorAssigned(TALAT_CENTRE, MENTOR, AGENCY, ASSIGNED_ON,
                        recording(5)))
                .when(assign("นายวิชัย เครือข่าย", "ศูนย์ประสานงานแรงงานนอกระบบภาคประชาชน", ASSIGNED_ON))
                .expectEvents(new CoreTeamMentorAssigned(TALAT_CENTRE, "นายวิชัย เครือข่าย",
                        "ศูนย์ประสานงานแรงงานนอกระบบภาคประชาชน", ASSIGNED_ON, recording(5)));
    }

    @Test
    void the_same_mentor_is_not_assigned_twice() {
        fixture.given(talatEstablished(), new CoreTeamMentorAssigned(TALAT_CENTRE, MENTOR, AGENCY, ASSIGNED_ON,
                        recording(5)))
                .when(assign(MENTOR, AGENCY, ASSIGNED_ON.plusDays(1)))
                .expectException(brokenRule("mentor-already-assigned"))
                .expectNoEvents();
    }

    @Test
    void a_mentor_cannot_be_assigned_before_the_centre_was_established() {
        fixture.given(talatEstablished())
                .when(assign(MENTOR, AGENCY, ESTABLISHED_ON.minusDays(1)))
                .expectException(brokenRule("mentor-before-establishment"));
    }

    @Test
    void the_mentor_and_agency_are_named_and_the_date_is_not_in_the_future() {
        fixture.given(talatEstablished())
                .when(assign(" ", AGENCY, ASSIGNED_ON))
                .expectException(invalidValue("mentorName", "required"));
        fixture.given(talatEstablished())
                .when(assign(MENTOR, null, ASSIGNED_ON))
                .expectException(invalidValue("agency", "required"));
        fixture.given(talatEstablished())
                .when(assign(MENTOR, AGENCY, LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("assignedOn", "not-in-future"));
    }
}
