package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** The committee of Tambon Talat submits its quality-of-life plan for FY 2563 and asks its funders. */
class SubmitQualityOfLifePlanTest {
    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static SubmitQualityOfLifePlan submit(List<PlanItem> items, LocalDate on) {
        return new SubmitQualityOfLifePlan(TALAT_CENTRE, 2563, items, on, recording(6));
    }

    private static SubmitQualityOfLifePlan submitWith(PlanItem item) {
        return submit(List.of(item), PLAN_SUBMITTED_ON);
    }

    @Test
    void the_committee_submits_a_plan_of_three_items_to_three_funders() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submit(PLAN_ITEMS, PLAN_SUBMITTED_ON))
                .expectEvents(talatPlanSubmitted());
    }

    @Test
    void a_second_plan_is_numbered_after_the_first_and_may_ask_an_other_funder_by_name() {
        PlanItem savings = new PlanItem(PlanItemCategory.OCCUPATION_AND_INCOME, "ออมกับกองทุนการออมแห่งชาติ",
                5_000_00L, FundingSource.OTHER, " มูลนิธิเพื่อนแรงงาน ");
        fixture.given(talatEstablished(), talatCommitteeAppointed(), talatPlanSubmitted())
                .when(submitWith(savings))
                .expectEvents(new QualityOfLifePlanSubmitted(TALAT_CENTRE, "plan-2", 2563,
                        List.of(new PlanItem(PlanItemCategory.OCCUPATION_AND_INCOME, "ออมกับกองทุนการออมแห่งชาติ",
                                5_000_00L, FundingSource.OTHER, "มูลนิธิเพื่อนแรงงาน")),
                        PLAN_SUBMITTED_ON, recording(6)));
    }

    @Test
    void the_limit_stated_in_baht_is_the_limit_held_in_satang() {
        assertThat(new BigDecimal(QualityOfLifePlanRules.ITEM_MAX_BAHT).movePointRight(2).longValueExact())
                .isEqualTo(QualityOfLifePlanRules.ITEM_MAX_SATANG);
    }

    @Test
    void there_is_no_plan_without_a_committee_to_write_it() {
        fixture.given(talatEstablished())
                .when(submit(PLAN_ITEMS, PLAN_SUBMITTED_ON))
                .expectException(brokenRule("plan-needs-committee"))
                .expectNoEvents();
    }

    @Test
    void a_plan_cannot_precede_its_committee() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submit(PLAN_ITEMS, APPOINTED_ON.minusDays(1)))
                .expectException(brokenRule("plan-before-committee"));
    }

    @Test
    void a_plan_is_submitted_near_its_fiscal_year_and_not_in_the_future() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(new SubmitQualityOfLifePlan(TALAT_CENTRE, 2565, PLAN_ITEMS, PLAN_SUBMITTED_ON, recording(6)))
                .expectException(invalidValue("submittedOn", "submitted-near-fiscal-year"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submit(PLAN_ITEMS, LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("submittedOn", "not-in-future"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(new SubmitQualityOfLifePlan(TALAT_CENTRE, 1999, PLAN_ITEMS, PLAN_SUBMITTED_ON, recording(6)))
                .expectException(invalidValue("fiscalYear", "fiscal-year-range"));
    }

    @Test
    void a_plan_lists_between_one_and_fifty_items() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submit(List.of(), PLAN_SUBMITTED_ON))
                .expectException(invalidValue("items", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submit(Collections.nCopies(51, PLAN_ITEMS.get(0)), PLAN_SUBMITTED_ON))
                .expectException(invalidValue("items", "size"));
        List<PlanItem> withNull = new ArrayList<>(PLAN_ITEMS);
        withNull.add(null);
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submit(withNull, PLAN_SUBMITTED_ON))
                .expectException(invalidValue("items[3]", "required"));
    }

    @Test
    void each_item_has_a_category_a_description_and_a_funder() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(null, "อบรม", 100L, FundingSource.THAIHEALTH, null)))
                .expectException(invalidValue("items[0].category", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, " ", 100L,
                        FundingSource.THAIHEALTH, null)))
                .expectException(invalidValue("items[0].description", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "x".repeat(2001), 100L,
                        FundingSource.THAIHEALTH, null)))
                .expectException(invalidValue("items[0].description", "size"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "อบรม", 100L, null, null)))
                .expectException(invalidValue("items[0].source", "required"));
    }

    @Test
    void an_item_asks_for_more_than_nothing_and_at_most_ten_million_baht() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "อบรม", 0L,
                        FundingSource.THAIHEALTH, null)))
                .expectException(invalidValue("items[0].requestedSatang", "min"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "อบรม", -5L,
                        FundingSource.THAIHEALTH, null)))
                .expectException(invalidValue("items[0].requestedSatang", "min"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "อบรม",
                        QualityOfLifePlanRules.ITEM_MAX_SATANG + 1, FundingSource.THAIHEALTH, null)))
                .expectException(invalidValue("items[0].requestedSatang", "max"));
    }

    @Test
    void only_an_other_funder_is_named_and_it_must_be() {
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "อบรม", 100L,
                        FundingSource.OTHER, " ")))
                .expectException(invalidValue("items[0].otherSourceName", "required"));
        fixture.given(talatEstablished(), talatCommitteeAppointed())
                .when(submitWith(new PlanItem(PlanItemCategory.OCCUPATIONAL_HEALTH, "อบรม", 100L,
                        FundingSource.LOCAL_GOVERNMENT, "เทศบาลเมือง")))
                .expectException(invalidValue("items[0].otherSourceName", "only-for-other"));
    }
}
