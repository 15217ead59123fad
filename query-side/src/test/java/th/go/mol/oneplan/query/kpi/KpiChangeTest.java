package th.go.mol.oneplan.query.kpi;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.kpi.Evidence;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How each recorded KpiLevelReached reads in a level's history, against where the level stood before it. */
class KpiChangeTest {
    private static final LocalDate MARCH_5 = LocalDate.of(2019, 3, 5);
    private static final Evidence FEBRUARY = report("92-2562/16", MARCH_5, "form 62-1 for 2019-02");
    private static final Evidence MARCH = report("92-2562/21", LocalDate.of(2019, 4, 5), "form 62-1 for 2019-03");
    private static final Evidence APRIL = report("92-2562/27", LocalDate.of(2019, 5, 5), "form 62-1 for 2019-04");

    private static Evidence report(String eventId, LocalDate sentOn, String reference) {
        return new Evidence(eventId, "MonthlyReportSubmitted", sentOn, reference);
    }

    @Test
    void the_first_time_a_level_is_reached_reads_as_reached() {
        assertThat(KpiChange.ofReached(null, List.of(), MARCH_5, List.of(FEBRUARY))).isEqualTo(KpiChange.REACHED);
    }

    @Test
    void a_further_report_on_the_same_day_reads_as_the_evidence_extended() {
        assertThat(KpiChange.ofReached(MARCH_5, List.of(FEBRUARY), MARCH_5, List.of(FEBRUARY, MARCH)))
                .isEqualTo(KpiChange.EVIDENCE_EXTENDED);
        assertThat(KpiChange.ofReached(MARCH_5, List.of(FEBRUARY, MARCH), MARCH_5, List.of(FEBRUARY, MARCH, APRIL)))
                .isEqualTo(KpiChange.EVIDENCE_EXTENDED);
    }

    @Test
    void a_new_day_reads_as_reached_even_with_more_evidence() {
        Evidence earlier = report("92-2562/30", LocalDate.of(2019, 2, 20), "form 62-1 for 2019-01");

        assertThat(KpiChange.ofReached(MARCH_5, List.of(FEBRUARY), earlier.businessDate(), List.of(earlier, FEBRUARY)))
                .isEqualTo(KpiChange.REACHED);
    }

    @Test
    void evidence_that_drops_or_changes_an_act_reads_as_reached() {
        Evidence februaryRenumbered = report("92-2562/16", MARCH_5, "form 62-1 for 2019-02, letter ตง 0027/251");

        assertThat(KpiChange.ofReached(MARCH_5, List.of(FEBRUARY, MARCH), MARCH_5, List.of(FEBRUARY)))
                .isEqualTo(KpiChange.REACHED);
        assertThat(KpiChange.ofReached(MARCH_5, List.of(FEBRUARY), MARCH_5, List.of(februaryRenumbered)))
                .isEqualTo(KpiChange.REACHED);
        assertThat(KpiChange.ofReached(MARCH_5, List.of(FEBRUARY), MARCH_5, List.of(februaryRenumbered, MARCH)))
                .isEqualTo(KpiChange.REACHED);
    }

    @Test
    void reached_again_after_it_was_lost_reads_as_reached() {
        assertThat(KpiChange.ofReached(null, List.of(), MARCH_5, List.of(FEBRUARY, MARCH))).isEqualTo(KpiChange.REACHED);
    }
}
