package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** Talat's committee resolves the grievances it received, each once. */
class ResolveGrievanceTest {
    private static final LocalDate RESOLVED_ON = LocalDate.of(2020, 2, 9);
    private static final String RESOLUTION = "ประสานสำนักงานประกันสังคมจังหวัด ชำระเงินสมทบย้อนหลังแล้ว";

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static ResolveGrievance resolve(String grievanceId, String resolution, LocalDate on) {
        return new ResolveGrievance(TALAT_CENTRE, grievanceId, resolution, on, recording(11));
    }

    private static GrievanceResolved resolved() {
        return new GrievanceResolved(TALAT_CENTRE, "grievance-1", RESOLUTION, RESOLVED_ON, recording(11));
    }

    @Test
    void the_committee_resolves_a_grievance_after_it_was_received() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-1", " " + RESOLUTION, RESOLVED_ON))
                .expectEvents(resolved());
    }

    @Test
    void a_grievance_is_resolved_on_the_day_it_came_in() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-1", RESOLUTION, GRIEVANCE_ON))
                .expectEvents(new GrievanceResolved(TALAT_CENTRE, "grievance-1", RESOLUTION, GRIEVANCE_ON,
                        recording(11)));
    }

    @Test
    void a_grievance_is_resolved_once() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded(), resolved())
                .when(resolve("grievance-1", RESOLUTION, RESOLVED_ON))
                .expectException(brokenRule("grievance-already-resolved"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_grievance_is_named_in_the_refusal() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-7", RESOLUTION, RESOLVED_ON))
                .expectException(brokenRule("unknown-grievance"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("grievance-7"));
    }

    @Test
    void a_grievance_is_not_resolved_before_it_was_received() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-1", RESOLUTION, GRIEVANCE_ON.minusDays(1)))
                .expectException(brokenRule("resolution-before-grievance"));
    }

    @Test
    void a_resolution_names_its_grievance_and_what_was_done_on_a_past_day() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve(" ", RESOLUTION, RESOLVED_ON))
                .expectException(invalidValue("grievanceId", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-1", null, RESOLVED_ON))
                .expectException(invalidValue("resolution", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-1", "x".repeat(GrievanceRules.RESOLUTION_MAX + 1), RESOLVED_ON))
                .expectException(invalidValue("resolution", "size"));
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatGrievanceRecorded())
                .when(resolve("grievance-1", RESOLUTION, LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("resolvedOn", "not-in-future"));
    }
}
