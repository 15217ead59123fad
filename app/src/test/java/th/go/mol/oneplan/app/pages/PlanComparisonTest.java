package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.query.detail.DriveDetail;
import th.go.mol.oneplan.query.detail.PlanVersionStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanComparisonTest {

    @Test
    void a_revision_shows_each_project_beside_its_earlier_self_marked_where_it_changed() {
        DriveDetail.PlanVersion first = version(1, PlanVersionStatus.SUPERSEDED, null,
                project("P1", 35_000, List.of(920118, 920606)), project("P2", 30_000, List.of(920118)));
        DriveDetail.PlanVersion revised = version(2, PlanVersionStatus.APPROVED, "moved after the inspection",
                project("P1", 35_000, List.of(920705)), project("P3", 20_000, List.of(920201)));

        PlanComparison plans = PlanComparison.of(List.of(first, revised));

        assertThat(plans.rows()).extracting(PlanComparison.Row::projectCode).containsExactly("P1", "P2", "P3");
        assertThat(plans.rows().get(0).cells()).extracting(PlanComparison.Cell::change).containsExactly("", "changed");
        assertThat(plans.rows().get(1).cells()).extracting(PlanComparison.Cell::change).containsExactly("", "removed");
        assertThat(plans.rows().get(2).cells()).extracting(PlanComparison.Cell::change).containsExactly("", "added");
        assertThat(plans.rows().get(2).cells().get(0).listed()).isFalse();
    }

    private static DriveDetail.PlanVersion version(int n, PlanVersionStatus status, String reason,
                                                   DriveDetail.Project... projects) {
        return new DriveDetail.PlanVersion("92-2562/" + n, n, status, "One Goal", List.of(projects), BigDecimal.ZERO, 0,
                LocalDate.of(2019, n, 15), n == 1 ? null : n - 1, reason, null, null, null, null,
                LocalDate.of(2019, n, 15), false, false, List.of());
    }

    private static DriveDetail.Project project(String code, long baht, List<Integer> sites) {
        return new DriveDetail.Project(code, "Project " + code, null, null, "farmers", 20, sites,
                BigDecimal.valueOf(baht), baht * 100, List.of());
    }
}
