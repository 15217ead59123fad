package th.go.mol.oneplan.app.trang;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry can rebuild every read model from the event store alone: after a replay Trang's FY 2562 reads
 * exactly as before, down to the One Goal summary and the evidence of each level.
 */
class ReplayIT extends LedgerIntegrationTest {

    @Test
    void replaying_every_projection_gives_back_the_same_year() {
        TrangDemo.ensurePlayed(this);
        // A rebuild never shows a state in between: what is taken as "before" must be complete.
        awaitCaughtUp();
        JsonNode kpiBefore = awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 5);
        JsonNode detailBefore = awaitGet(TrangDemo.DRIVE, d -> d.path("oneGoalSummary").isObject());
        // Each view is its own projection: wait until each has every event of the drive before taking it as "before".
        long events = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, "92-2562");
        JsonNode auditBefore = awaitGet(TrangDemo.DRIVE + "/audit?page=0&size=200",
                a -> a.path("totalEntries").asLong() == events);
        JsonNode rollupBefore = awaitGet("/api/kpi/rollup?fiscalYear=2562", r -> r.path("byLevel").path("5").asInt() >= 1);

        List<String> groups = new ArrayList<>();
        get("/api/admin/projections").body().get("projections").forEach(p -> groups.add(p.get("processingGroup").asText()));
        assertThat(groups).isNotEmpty();
        for (String group : groups) {
            assertThat(post("/api/admin/projections/" + group + "/replay", "{}").status()).isEqualTo(202);
        }
        awaitRebuilt(groups);

        assertThat(awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.equals(kpiBefore))).isEqualTo(kpiBefore);
        assertThat(awaitGet(TrangDemo.DRIVE, d -> d.equals(detailBefore))).isEqualTo(detailBefore);
        assertThat(awaitGet(TrangDemo.DRIVE + "/audit?page=0&size=200", a -> a.equals(auditBefore))).isEqualTo(auditBefore);
        assertThat(awaitGet("/api/kpi/rollup?fiscalYear=2562", r -> r.equals(rollupBefore))).isEqualTo(rollupBefore);
    }
}
