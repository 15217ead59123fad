package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** The core team follows Talat's centre round the PDCA cycle. */
class RecordCentreFollowUpTest {
    private static final LocalDate VISITED_ON = LocalDate.of(2020, 2, 5);
    private static final String FINDINGS = "คณะกรรมการประชุมครบทุกเดือน ทะเบียนแรงงานนอกระบบบันทึกแล้ว 120 ราย";
    private static final String NEXT_STEPS = "เสนอแผนต่อ อบต. ก่อนสิ้นเดือนมีนาคม";

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static RecordCentreFollowUp followUp(PdcaStage stage, LocalDate on, String findings, String next) {
        return new RecordCentreFollowUp(TALAT_CENTRE, stage, on, findings, next, recording(8));
    }

    @Test
    void a_check_visit_records_its_findings_and_next_steps() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(followUp(PdcaStage.CHECK, VISITED_ON, " " + FINDINGS + " ", NEXT_STEPS))
                .expectEvents(new CentreFollowUpRecorded(TALAT_CENTRE, PdcaStage.CHECK, FINDINGS, NEXT_STEPS,
                        VISITED_ON, recording(8)));
    }

    @Test
    void a_planning_follow_up_may_set_no_next_steps_and_the_same_stage_comes_round_again() {
        fixture.given(talatEstablished(), new CentreFollowUpRecorded(TALAT_CENTRE, PdcaStage.PLAN, FINDINGS, null,
                        ESTABLISHED_ON, recording(8)))
                .when(followUp(PdcaStage.PLAN, VISITED_ON, FINDINGS, " "))
                .expectEvents(new CentreFollowUpRecorded(TALAT_CENTRE, PdcaStage.PLAN, FINDINGS, null, VISITED_ON,
                        recording(8)));
    }

    @Test
    void a_follow_up_cannot_precede_the_centre() {
        fixture.given(talatEstablished())
                .when(followUp(PdcaStage.DO, ESTABLISHED_ON.minusDays(1), FINDINGS, NEXT_STEPS))
                .expectException(brokenRule("follow-up-before-establishment"))
                .expectNoEvents();
    }

    @Test
    void a_follow_up_names_its_stage_and_findings_on_a_past_day() {
        fixture.given(talatEstablished())
                .when(followUp(null, VISITED_ON, FINDINGS, NEXT_STEPS))
                .expectException(invalidValue("stage", "required"));
        fixture.given(talatEstablished())
                .when(followUp(PdcaStage.ACT, VISITED_ON, " ", NEXT_STEPS))
                .expectException(invalidValue("findings", "required"));
        fixture.given(talatEstablished())
                .when(followUp(PdcaStage.ACT, VISITED_ON, FINDINGS, "x".repeat(FollowUpRules.TEXT_MAX + 1)))
                .expectException(invalidValue("nextSteps", "size"));
        fixture.given(talatEstablished())
                .when(followUp(PdcaStage.ACT, LocalDate.of(2020, 2, 11), FINDINGS, NEXT_STEPS))
                .expectException(invalidValue("followedUpOn", "not-in-future"));
    }
}
