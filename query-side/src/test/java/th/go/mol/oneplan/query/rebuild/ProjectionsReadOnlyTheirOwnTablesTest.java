package th.go.mol.oneplan.query.rebuild;

import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.query.acts.ActTypes;
import th.go.mol.oneplan.query.acts.DriveActsProjection;
import th.go.mol.oneplan.query.audit.DriveAuditProjection;
import th.go.mol.oneplan.query.centres.TambonCentresProjection;
import th.go.mol.oneplan.query.centrework.CentreWorkProjection;
import th.go.mol.oneplan.query.drives.DriveOverviewProjection;
import th.go.mol.oneplan.query.kpi.DriveKpiProjection;
import th.go.mol.oneplan.query.reporting.ReportingRulesProjection;
import th.go.mol.oneplan.query.served.DriveWorkersServedProjection;
import th.go.mol.oneplan.query.statistics.RegisterStatisticsProjection;
import th.go.mol.oneplan.query.workers.WorkersProjection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild folds a group's events into new tables while every other group's tables stay the live ones
 * (docs/rebuilds.md). So a projection's handlers may only name their own group's tables: one that read another
 * read model's table would read it at whatever position that one has, not the position of the event folded. The
 * source of each projection (and of the helper that writes for it) is read, and every read-model table it names
 * must be its group's.
 */
class ProjectionsReadOnlyTheirOwnTablesTest {
    /** Each projection's class, and the classes that run SQL for its handlers. */
    private static final Map<Class<?>, List<String>> PROJECTIONS = Map.of(
            DriveOverviewProjection.class, List.of(), DriveActsProjection.class, driveActsHelpers(),
            DriveKpiProjection.class, List.of(), DriveAuditProjection.class, List.of(),
            ReportingRulesProjection.class, List.of(), TambonCentresProjection.class, List.of(),
            DriveWorkersServedProjection.class, List.of(), WorkersProjection.class, List.of(),
            CentreWorkProjection.class, List.of(),
            RegisterStatisticsProjection.class, List.of("th.go.mol.oneplan.query.statistics.StatisticsDeltas",
                    "th.go.mol.oneplan.query.statistics.StatisticsBatch",
                    "th.go.mol.oneplan.query.statistics.StatisticsHistory"));

    /** What writes and reads the act versions for the drive-acts projection: the versions and every act type's mapper. */
    private static List<String> driveActsHelpers() {
        List<String> helpers = new ArrayList<>(List.of("th.go.mol.oneplan.query.acts.DriveActs",
                "th.go.mol.oneplan.query.acts.ActVersionWriter", "th.go.mol.oneplan.query.acts.ActReader",
                "th.go.mol.oneplan.query.acts.ActWriter", "th.go.mol.oneplan.query.acts.columns.PlanProjectRows",
                "th.go.mol.oneplan.query.acts.columns.WorkingGroupMemberRows"));
        ActTypes.all().forEach(type -> helpers.add(ActTypes.columns(type.getSimpleName()).getClass().getName()));
        return helpers;
    }

    @Test
    void every_projection_names_only_its_own_groups_tables() throws IOException {
        assertThat(PROJECTIONS).hasSameSizeAs(ReadModelTables.all());
        List<String> foreign = new ArrayList<>();
        for (var projection : PROJECTIONS.entrySet()) {
            String group = projection.getKey().getAnnotation(ProcessingGroup.class).value();
            List<String> sources = new ArrayList<>(projection.getValue());
            sources.add(projection.getKey().getName());
            for (String source : sources) {
                String text = Files.readString(Path.of("src/main/java", source.replace('.', '/') + ".java"));
                ReadModelTables.all().forEach((owner, tables) -> tables.forEach(table -> {
                    if (!owner.equals(group) && Pattern.compile("\\b" + table + "\\b").matcher(text).find()) {
                        foreign.add(source + " (" + group + ") names " + table + " of " + owner);
                    }
                }));
            }
        }
        assertThat(foreign).isEmpty();
    }
}
