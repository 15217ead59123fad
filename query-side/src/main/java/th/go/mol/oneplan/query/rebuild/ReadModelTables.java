package th.go.mol.oneplan.query.rebuild;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables each processing group writes: what a rebuild copies, fills and switches. Every table of the public
 * schema is either a read model's (here, in exactly one group) or one of {@link #NOT_READ_MODELS};
 * {@code ReadModelTablesIT} fails for a table that is neither, so a new projection table cannot be forgotten by
 * the rebuild.
 */
public final class ReadModelTables {
    private static final Map<String, List<String>> BY_GROUP = byGroup();

    /** The tables of the public schema no projection writes: the record of truth, Axon's, and the app's own. */
    public static final Set<String> NOT_READ_MODELS = Set.of(
            // Flyway
            "flyway_schema_history",
            // Axon: the event store and its working tables
            "domainevententry", "snapshotevententry", "tokenentry", "sagaentry", "associationvalueentry",
            "deadletterentry",
            // users, logins and the audit of personal-data reads
            "app_user", "app_user_renamed", "personal_data_access", "login_throttle", "login_token_key",
            // the web pages' logins (Spring Session JDBC)
            "spring_session", "spring_session_attributes",
            // commands: idempotency, the register's claims and keys, the bulk import
            "idempotent_request", "national_id_claim", "personal_data_key", "worker_import_job",
            "worker_import_chunk", "worker_import_error");

    private ReadModelTables() {
    }

    private static Map<String, List<String>> byGroup() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put(DriveOverviewProjection.GROUP, List.of("drive_overview"));
        tables.put(DriveActsProjection.GROUP, DriveActsProjection.tables());
        tables.put(DriveKpiProjection.GROUP, List.of("drive_kpi_level", "drive_kpi_change"));
        tables.put(DriveAuditProjection.GROUP, List.of("drive_audit_entry"));
        tables.put(ReportingRulesProjection.GROUP, List.of("reporting_rules_version"));
        tables.put(TambonCentresProjection.GROUP, List.of("pilot_programme", "pilot_designation", "tambon_centre",
                "centre_committee_member", "centre_committee_event", "centre_mentor"));
        tables.put(DriveWorkersServedProjection.GROUP, List.of("drive_worker_served"));
        tables.put(WorkersProjection.GROUP, List.of("registered_worker"));
        tables.put(CentreWorkProjection.GROUP, List.of("centre_plan", "centre_plan_item", "centre_plan_decision",
                "centre_follow_up", "centre_yearly_evaluation", "centre_grievance", "centre_progress",
                "centre_progress_area"));
        tables.put(RegisterStatisticsProjection.GROUP, List.of("register_stats_worker", "register_stats_area",
                "register_stats_count", "register_stats_event"));
        return java.util.Collections.unmodifiableMap(tables);
    }

    /**
     * The group's tables, in the order they are created and switched. A processing group without them cannot be
     * rebuilt (RebuildIT fails for it too).
     */
    public static List<String> of(String group) {
        List<String> tables = BY_GROUP.get(group);
        if (tables == null) {
            throw new IllegalStateException("the tables of processing group " + group + " are not listed in"
                    + " ReadModelTables: it cannot be rebuilt");
        }
        return tables;
    }

    /** Every read model's table, each once. */
    public static Map<String, List<String>> all() {
        return BY_GROUP;
    }
}
