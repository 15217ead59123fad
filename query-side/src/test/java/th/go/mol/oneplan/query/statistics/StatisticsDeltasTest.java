package th.go.mol.oneplan.query.statistics;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.register.AgeBand;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.Sex;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsDeltasTest {
    private static final WorkerFacts SOMSRI = new WorkerFacts(840101, OccupationGroup.RUBBER_OIL_PALM,
            Education.PRIMARY, Sex.FEMALE, AgeBand.AGE_40_59, WorkerFacts.bits(List.of(Need.SAVINGS)),
            WorkerFacts.bits(List.of(Problem.DEBT, Problem.LOW_INCOME)), true);

    @Test
    void a_registration_counts_in_the_tambon_and_every_area_above_it() {
        StatisticsDeltas deltas = new StatisticsDeltas();

        deltas.worker(SOMSRI, 1);

        for (Area area : List.of(new Area(AreaLevel.SUBDISTRICT, 840101), new Area(AreaLevel.DISTRICT, 8401),
                new Area(AreaLevel.PROVINCE, 84), new Area(AreaLevel.NATION, 0))) {
            assertThat(deltas.pendingArea(area)).containsExactly(1, 1, 0);
            assertThat(deltas.pendingCount(area, Dimension.PROBLEM, "DEBT")).isEqualTo(1);
            assertThat(deltas.pendingCount(area, Dimension.NEED, "SAVINGS")).isEqualTo(1);
            assertThat(deltas.pendingCount(area, Dimension.NEED, "SKILLS_TRAINING")).isZero();
        }
    }

    @Test
    void a_move_within_the_province_moves_the_counts_between_districts_and_leaves_the_province_alone() {
        StatisticsDeltas deltas = new StatisticsDeltas();

        deltas.changed(SOMSRI, SOMSRI.movedTo(840201));

        assertThat(deltas.pendingArea(new Area(AreaLevel.SUBDISTRICT, 840101))).containsExactly(-1, -1, 0);
        assertThat(deltas.pendingArea(new Area(AreaLevel.DISTRICT, 8402))).containsExactly(1, 1, 0);
        assertThat(deltas.pendingArea(new Area(AreaLevel.PROVINCE, 84))).containsExactly(0, 0, 0);
        assertThat(deltas.pendingCount(new Area(AreaLevel.NATION, 0), Dimension.SEX, "FEMALE")).isZero();
        assertThat(deltas.pendingCount(new Area(AreaLevel.DISTRICT, 8401), Dimension.SEX, "FEMALE")).isEqualTo(-1);
    }

    @Test
    void a_profile_update_moves_only_what_changed_and_a_second_service_changes_no_worker_count() {
        StatisticsDeltas deltas = new StatisticsDeltas();
        Area talat = new Area(AreaLevel.SUBDISTRICT, 840101);

        deltas.changed(SOMSRI, SOMSRI.updated(OccupationGroup.FISHERY, null, null, List.of(Need.SAVINGS,
                Need.SKILLS_TRAINING)));
        deltas.changed(SOMSRI, SOMSRI.servedOnce());

        assertThat(deltas.pendingArea(talat)).containsExactly(0, 0, 0);
        assertThat(deltas.pendingCount(talat, Dimension.OCCUPATION, "RUBBER_OIL_PALM")).isEqualTo(-1);
        assertThat(deltas.pendingCount(talat, Dimension.OCCUPATION, "FISHERY")).isEqualTo(1);
        assertThat(deltas.pendingCount(talat, Dimension.NEED, "SAVINGS")).isZero();
        assertThat(deltas.pendingCount(talat, Dimension.NEED, "SKILLS_TRAINING")).isEqualTo(1);
        assertThat(deltas.pendingCount(talat, Dimension.PROBLEM, "DEBT")).isZero();
    }

    @Test
    void services_count_where_they_were_delivered_by_type_and_agency() {
        StatisticsDeltas deltas = new StatisticsDeltas();

        deltas.service(840101, "SKILLS_TRAINING", "SKILL_DEVELOPMENT_OFFICE");
        deltas.service(840101, "SKILLS_TRAINING", "SKILL_DEVELOPMENT_OFFICE");

        Area surat = new Area(AreaLevel.PROVINCE, 84);
        assertThat(deltas.pendingArea(surat)).containsExactly(0, 0, 2);
        assertThat(deltas.pendingCount(surat, Dimension.SERVICE, "SKILLS_TRAINING")).isEqualTo(2);
        assertThat(deltas.pendingCount(surat, Dimension.AGENCY, "SKILL_DEVELOPMENT_OFFICE")).isEqualTo(2);
    }
}
