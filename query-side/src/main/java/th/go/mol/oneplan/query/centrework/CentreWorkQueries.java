package th.go.mol.oneplan.query.centrework;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.Baht;
import th.go.mol.oneplan.query.Columns;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers for a centre's work from the tables {@link CentreWorkProjection} keeps. */
@Component
@Profile("!command")
public class CentreWorkQueries {
    /** Grievances age in Thai days: a grievance received today is 0 days old from midnight in Bangkok. */
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private static final String GRIEVANCE_COLUMNS = """
            centre_id, grievance_id, worker_id, topic, other_topic, channel, received_on, resolution, resolved_on,
            event_id, recorded_by, recorded_at, resolution_event_id, resolved_by, resolved_at""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public CentreWorkQueries(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Today in Thailand, the day grievance ages are counted to. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(THAILAND));
    }

    @QueryHandler
    public Optional<QualityOfLifePlans> handle(FindQualityOfLifePlans query) {
        if (!exists(query.centreId())) {
            return Optional.empty();
        }
        return Optional.of(new QualityOfLifePlans(query.centreId(), plans(query.centreId(), null)));
    }

    @QueryHandler
    public Optional<QualityOfLifePlanView> handle(FindQualityOfLifePlan query) {
        return plans(query.centreId(), query.planId()).stream().findFirst();
    }

    @QueryHandler
    public Optional<FollowUps> handle(FindFollowUps query) {
        if (!exists(query.centreId())) {
            return Optional.empty();
        }
        return Optional.of(new FollowUps(query.centreId(), jdbc.query("""
                        SELECT stage, followed_up_on, findings, next_steps, event_id, recorded_by, recorded_at
                          FROM centre_follow_up
                         WHERE centre_id = :centreId
                         ORDER BY followed_up_on, sequence""",
                new MapSqlParameterSource("centreId", query.centreId()),
                (rs, n) -> new FollowUpView(rs.getString("stage"), Columns.date(rs, "followed_up_on"),
                        rs.getString("findings"), rs.getString("next_steps"), rs.getString("event_id"),
                        rs.getString("recorded_by"), Columns.instant(rs, "recorded_at")))));
    }

    @QueryHandler
    public Optional<YearlyEvaluations> handle(FindYearlyEvaluations query) {
        if (!exists(query.centreId())) {
            return Optional.empty();
        }
        return Optional.of(new YearlyEvaluations(query.centreId(), jdbc.query("""
                        SELECT fiscal_year, summary, lessons_learned, evaluated_on, event_id, recorded_by, recorded_at
                          FROM centre_yearly_evaluation
                         WHERE centre_id = :centreId
                         ORDER BY fiscal_year""",
                new MapSqlParameterSource("centreId", query.centreId()),
                (rs, n) -> new YearlyEvaluationView(rs.getInt("fiscal_year"), rs.getString("summary"),
                        rs.getString("lessons_learned"), Columns.date(rs, "evaluated_on"), rs.getString("event_id"),
                        rs.getString("recorded_by"), Columns.instant(rs, "recorded_at")))));
    }

    @QueryHandler
    public Optional<Grievances> handle(FindGrievances query) {
        Optional<CentreProgress> progress = progress(query.centreId());
        if (progress.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today();
        String filter = switch (query.status()) {
            case OPEN -> " AND resolution_event_id IS NULL";
            case RESOLVED -> " AND resolution_event_id IS NOT NULL";
            case ALL -> "";
        };
        List<GrievanceView> grievances = jdbc.query("SELECT " + GRIEVANCE_COLUMNS + " FROM centre_grievance"
                        + " WHERE centre_id = :centreId" + filter + " ORDER BY received_on, grievance_id",
                new MapSqlParameterSource("centreId", query.centreId()), (rs, n) -> grievance(rs, today));
        return Optional.of(new Grievances(query.centreId(), query.status().name().toLowerCase(), today,
                progress.get().openGrievances(), oldestOpen(query.centreId(), today).orElse(null), grievances));
    }

    @QueryHandler
    public Optional<GrievanceView> handle(FindGrievance query) {
        LocalDate today = today();
        return jdbc.query("SELECT " + GRIEVANCE_COLUMNS + " FROM centre_grievance"
                        + " WHERE centre_id = :centreId AND grievance_id = :grievanceId",
                new MapSqlParameterSource().addValue("centreId", query.centreId())
                        .addValue("grievanceId", query.grievanceId()),
                (rs, n) -> grievance(rs, today)).stream().findFirst();
    }

    @QueryHandler
    public Optional<CentreProgress> handle(FindCentreProgress query) {
        return progress(query.centreId());
    }

    private Optional<CentreProgress> progress(String centreId) {
        LocalDate today = today();
        Optional<GrievanceView> oldest = oldestOpen(centreId, today);
        return jdbc.query("""
                        SELECT centre_id, subdistrict_code, district_code, province_code, committee_complete,
                               plan_submitted, funded, open_grievances
                          FROM centre_progress
                         WHERE centre_id = :centreId""",
                new MapSqlParameterSource("centreId", centreId),
                (rs, n) -> new CentreProgress(rs.getString("centre_id"), rs.getInt("subdistrict_code"),
                        rs.getInt("district_code"), rs.getInt("province_code"), rs.getBoolean("committee_complete"),
                        rs.getBoolean("plan_submitted"), rs.getBoolean("funded"), rs.getInt("open_grievances"),
                        oldest.map(GrievanceView::grievanceId).orElse(null),
                        oldest.map(GrievanceView::receivedOn).orElse(null),
                        oldest.map(GrievanceView::ageDays).orElse(null), today))
                .stream().findFirst();
    }

    private Optional<GrievanceView> oldestOpen(String centreId, LocalDate today) {
        return jdbc.query("SELECT " + GRIEVANCE_COLUMNS + " FROM centre_grievance"
                        + " WHERE centre_id = :centreId AND resolution_event_id IS NULL"
                        + " ORDER BY received_on, grievance_id LIMIT 1",
                new MapSqlParameterSource("centreId", centreId), (rs, n) -> grievance(rs, today)).stream().findFirst();
    }

    private boolean exists(String centreId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM centre_progress WHERE centre_id = :centreId)",
                new MapSqlParameterSource("centreId", centreId), Boolean.class));
    }

    /** The centre's plans, or the one named. */
    private List<QualityOfLifePlanView> plans(String centreId, String planId) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("centreId", centreId)
                .addValue("planId", planId);
        String onePlan = planId == null ? "" : " AND plan_id = :planId";
        Map<String, List<FundingDecisionView>> decisions = new LinkedHashMap<>();
        jdbc.query("SELECT plan_id, item_number, outcome, granted_satang, reason, correction_reason, decided_on,"
                        + " event_id, recorded_by, recorded_at FROM centre_plan_decision WHERE centre_id = :centreId"
                        + onePlan + " ORDER BY plan_id, item_number, sequence", params,
                rs -> {
                    decisions.computeIfAbsent(rs.getString("plan_id") + "/" + rs.getInt("item_number"),
                            k -> new ArrayList<>()).add(new FundingDecisionView(rs.getString("outcome"),
                            Baht.of(rs.getLong("granted_satang")), rs.getString("reason"),
                            rs.getString("correction_reason"), Columns.date(rs, "decided_on"),
                            rs.getString("event_id"), rs.getString("recorded_by"),
                            Columns.instant(rs, "recorded_at")));
                });
        Map<String, List<PlanItemView>> items = new LinkedHashMap<>();
        jdbc.query("SELECT plan_id, item_number, category, description, requested_satang, source, other_source_name"
                        + " FROM centre_plan_item WHERE centre_id = :centreId" + onePlan
                        + " ORDER BY plan_id, item_number", params,
                rs -> {
                    List<FundingDecisionView> history = decisions.getOrDefault(
                            rs.getString("plan_id") + "/" + rs.getInt("item_number"), List.of());
                    items.computeIfAbsent(rs.getString("plan_id"), k -> new ArrayList<>()).add(new PlanItemView(
                            rs.getInt("item_number"), rs.getString("category"), rs.getString("description"),
                            Baht.of(rs.getLong("requested_satang")), rs.getString("source"),
                            rs.getString("other_source_name"),
                            history.isEmpty() ? null : history.get(history.size() - 1), List.copyOf(history)));
                });
        return jdbc.query("SELECT centre_id, plan_id, fiscal_year, submitted_on, event_id, recorded_by, recorded_at"
                        + " FROM centre_plan WHERE centre_id = :centreId" + onePlan
                        + " ORDER BY submitted_on, event_id", params,
                (rs, n) -> plan(rs, items.getOrDefault(rs.getString("plan_id"), List.of())));
    }

    private static QualityOfLifePlanView plan(ResultSet rs, List<PlanItemView> items) throws SQLException {
        BigDecimal requested = items.stream().map(PlanItemView::requestedAmount)
                .reduce(Baht.of(0), BigDecimal::add);
        BigDecimal granted = items.stream().map(PlanItemView::decision)
                .filter(d -> d != null && "GRANTED".equals(d.outcome())).map(FundingDecisionView::grantedAmount)
                .reduce(Baht.of(0), BigDecimal::add);
        boolean funded = items.stream().anyMatch(i -> i.decision() != null && "GRANTED".equals(i.decision().outcome()));
        return new QualityOfLifePlanView(rs.getString("centre_id"), rs.getString("plan_id"), rs.getInt("fiscal_year"),
                Columns.date(rs, "submitted_on"), requested, granted, funded, items, rs.getString("event_id"),
                rs.getString("recorded_by"), Columns.instant(rs, "recorded_at"));
    }

    private static GrievanceView grievance(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate received = Columns.date(rs, "received_on");
        boolean open = rs.getString("resolution_event_id") == null;
        return new GrievanceView(rs.getString("centre_id"), rs.getString("grievance_id"), rs.getString("worker_id"),
                rs.getString("topic"), rs.getString("other_topic"), rs.getString("channel"), received,
                open ? "OPEN" : "RESOLVED", open ? ChronoUnit.DAYS.between(received, today) : null,
                rs.getString("resolution"), Columns.date(rs, "resolved_on"), rs.getString("event_id"),
                rs.getString("recorded_by"), Columns.instant(rs, "recorded_at"), rs.getString("resolution_event_id"),
                rs.getString("resolved_by"), Columns.instant(rs, "resolved_at"));
    }
}
