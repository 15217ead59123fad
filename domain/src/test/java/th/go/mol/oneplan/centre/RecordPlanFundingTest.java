package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** The funders answer the items of Talat's plan: the province grants part, ThaiHealth refuses, and so on. */
class RecordPlanFundingTest {
    private static final LocalDate DECIDED_ON = LocalDate.of(2020, 2, 7);
    private static final FundingDecision PROVINCE_GRANTS_PART =
            new FundingDecision(1, FundingOutcome.GRANTED, 120_000_00L, null);
    private static final FundingDecision THAIHEALTH_REFUSES =
            new FundingDecision(2, FundingOutcome.REFUSED, 0, "โครงการซ้ำกับงบของโรงพยาบาลส่งเสริมสุขภาพตำบล");

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static RecordPlanFunding fund(String planId, List<FundingDecision> decisions, LocalDate on,
                                          String correctionReason) {
        return new RecordPlanFunding(TALAT_CENTRE, planId, decisions, on, correctionReason, recording(7));
    }

    private static RecordPlanFunding fund(FundingDecision... decisions) {
        return fund("plan-1", List.of(decisions), DECIDED_ON, null);
    }

    private static PlanFundingRecorded recorded(String correctionReason, FundingDecision... decisions) {
        return new PlanFundingRecorded(TALAT_CENTRE, "plan-1", List.of(decisions), correctionReason, DECIDED_ON,
                recording(7));
    }

    private TestExecutor<TambonCentre> planSubmitted() {
        return fixture.given(talatEstablished(), talatCommitteeAppointed(), talatPlanSubmitted());
    }

    @Test
    void the_province_grants_part_of_an_item_and_thaihealth_refuses_another_with_a_reason() {
        planSubmitted().when(fund(PROVINCE_GRANTS_PART, THAIHEALTH_REFUSES))
                .expectEvents(recorded(null, PROVINCE_GRANTS_PART, THAIHEALTH_REFUSES));
    }

    @Test
    void the_local_government_grants_all_it_was_asked_later() {
        FundingDecision all = new FundingDecision(3, FundingOutcome.GRANTED, 20_000_00L, " ตามข้อบัญญัติงบประมาณ ");
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatPlanSubmitted(),
                        recorded(null, PROVINCE_GRANTS_PART))
                .when(fund(all))
                .expectEvents(recorded(null, new FundingDecision(3, FundingOutcome.GRANTED, 20_000_00L,
                        "ตามข้อบัญญัติงบประมาณ")));
    }

    @Test
    void an_item_decided_before_is_not_decided_again_without_a_correction_reason() {
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatPlanSubmitted(),
                        recorded(null, PROVINCE_GRANTS_PART))
                .when(fund(new FundingDecision(1, FundingOutcome.GRANTED, 150_000_00L, null)))
                .expectException(brokenRule("item-already-decided"))
                .expectNoEvents();
    }

    @Test
    void a_decision_is_corrected_with_its_reason() {
        FundingDecision corrected = new FundingDecision(1, FundingOutcome.GRANTED, 125_000_00L, null);
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatPlanSubmitted(),
                        recorded(null, PROVINCE_GRANTS_PART))
                .when(fund("plan-1", List.of(corrected), DECIDED_ON, "พิมพ์จำนวนเงินผิด"))
                .expectEvents(recorded("พิมพ์จำนวนเงินผิด", corrected));
    }

    @Test
    void a_correction_reason_without_an_earlier_decision_to_correct_is_refused() {
        planSubmitted().when(fund("plan-1", List.of(PROVINCE_GRANTS_PART), DECIDED_ON, "ไม่มีอะไรให้แก้"))
                .expectException(brokenRule("nothing-to-correct"));
    }

    @Test
    void no_more_is_granted_than_was_asked() {
        planSubmitted().when(fund(new FundingDecision(3, FundingOutcome.GRANTED, 20_000_01L, null)))
                .expectException(brokenRule("granted-within-requested"));
    }

    @Test
    void the_plan_and_its_item_must_exist() {
        planSubmitted().when(fund("plan-9", List.of(PROVINCE_GRANTS_PART), DECIDED_ON, null))
                .expectException(brokenRule("unknown-plan"));
        planSubmitted().when(fund(new FundingDecision(4, FundingOutcome.GRANTED, 100L, null)))
                .expectException(brokenRule("unknown-plan-item"));
    }

    @Test
    void a_decision_cannot_precede_the_plan_nor_lie_in_the_future() {
        planSubmitted().when(fund("plan-1", List.of(PROVINCE_GRANTS_PART), PLAN_SUBMITTED_ON.minusDays(1), null))
                .expectException(brokenRule("decision-before-submission"));
        planSubmitted().when(fund("plan-1", List.of(PROVINCE_GRANTS_PART), LocalDate.of(2020, 2, 11), null))
                .expectException(invalidValue("decidedOn", "not-in-future"));
    }

    @Test
    void a_grant_is_of_some_money_and_a_refusal_gives_none_and_a_reason() {
        planSubmitted().when(fund(new FundingDecision(1, FundingOutcome.GRANTED, 0, null)))
                .expectException(invalidValue("decisions[0].grantedSatang", "min"));
        planSubmitted().when(fund(new FundingDecision(2, FundingOutcome.REFUSED, 100L, "ไม่ผ่าน")))
                .expectException(invalidValue("decisions[0].grantedSatang", "refused-grants-nothing"));
        planSubmitted().when(fund(new FundingDecision(2, FundingOutcome.REFUSED, 0, " ")))
                .expectException(invalidValue("decisions[0].reason", "required"));
        planSubmitted().when(fund(new FundingDecision(2, null, 0, null)))
                .expectException(invalidValue("decisions[0].outcome", "required"));
    }

    @Test
    void the_record_names_its_plan_and_each_item_once() {
        planSubmitted().when(fund(" ", List.of(PROVINCE_GRANTS_PART), DECIDED_ON, null))
                .expectException(invalidValue("planId", "required"));
        planSubmitted().when(fund("plan-1", List.of(), DECIDED_ON, null))
                .expectException(invalidValue("decisions", "required"));
        planSubmitted().when(fund(PROVINCE_GRANTS_PART, new FundingDecision(1, FundingOutcome.REFUSED, 0, "ไม่ผ่าน")))
                .expectException(invalidValue("decisions[1].itemNumber", "unique-item"));
        planSubmitted().when(fund(new FundingDecision(0, FundingOutcome.GRANTED, 100L, null)))
                .expectException(invalidValue("decisions[0].itemNumber", "min"));
    }
}
