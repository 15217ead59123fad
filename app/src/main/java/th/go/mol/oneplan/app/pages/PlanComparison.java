package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.query.detail.DriveDetail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The One Plan's versions side by side: one row per project any version lists, one cell per version with the
 * project's budget and target headcount there, marked where it differs from the version before (added, removed or
 * changed); the versions' reasons say why.
 */
public record PlanComparison(List<DriveDetail.PlanVersion> versions, List<Row> rows) {

    /** @param cells one per version, in version order */
    public record Row(String projectCode, String name, List<Cell> cells) {
    }

    /**
     * @param project null where the version does not list the project
     * @param change  {@code added}, {@code removed}, {@code changed} against the version before, or empty
     */
    public record Cell(DriveDetail.Project project, String change) {
        public boolean listed() {
            return project != null;
        }
    }

    public static PlanComparison of(List<DriveDetail.PlanVersion> versions) {
        Map<String, String> names = new LinkedHashMap<>();
        for (DriveDetail.PlanVersion version : versions) {
            version.projects().forEach(p -> names.putIfAbsent(p.projectCode(), p.name()));
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((code, name) -> {
            List<Cell> cells = new ArrayList<>();
            DriveDetail.Project before = null;
            for (int i = 0; i < versions.size(); i++) {
                DriveDetail.Project now = versions.get(i).projects().stream()
                        .filter(p -> p.projectCode().equals(code)).findFirst().orElse(null);
                cells.add(new Cell(now, i == 0 ? "" : change(before, now)));
                before = now;
            }
            rows.add(new Row(code, name, List.copyOf(cells)));
        });
        return new PlanComparison(List.copyOf(versions), List.copyOf(rows));
    }

    private static String change(DriveDetail.Project before, DriveDetail.Project now) {
        if (before == null && now == null) {
            return "";
        }
        if (before == null) {
            return "added";
        }
        if (now == null) {
            return "removed";
        }
        boolean same = before.budgetSatang() == now.budgetSatang() && before.targetHeadcount() == now.targetHeadcount()
                && Objects.equals(before.name(), now.name()) && Objects.equals(before.pilotSites(), now.pilotSites())
                && Objects.equals(before.allocations(), now.allocations());
        return same ? "" : "changed";
    }
}
