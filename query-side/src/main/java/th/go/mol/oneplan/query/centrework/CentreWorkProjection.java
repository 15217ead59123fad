package th.go.mol.oneplan.query.centrework;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.centre.CentreCommitteeAppointed;
import th.go.mol.oneplan.centre.CentreFollowUpRecorded;
import th.go.mol.oneplan.centre.FundingDecision;
import th.go.mol.oneplan.centre.GrievanceRecorded;
import th.go.mol.oneplan.centre.GrievanceResolved;
import th.go.mol.oneplan.centre.PlanFundingRecorded;
import th.go.mol.oneplan.centre.PlanItem;
import th.go.mol.oneplan.centre.QualityOfLifePlanSubmitted;
import th.go.mol.oneplan.centre.TambonCentreEstablished;
import th.go.mol.oneplan.centre.YearlyEvaluationRecorded;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.RecordedColumns;
import th.go.mol.oneplan.query.statistics.Area;

import java.util.List;

/**
 * Folds a tambon centre's work into its read tables: quality-of-life plans with their items and every funding
 * decision ({@code centre_plan}, {@code centre_plan_item}, {@code centre_plan_decision}), follow-ups, yearly
 * evaluations and grievances, open or resolved. It also keeps where each centre stands ({@code centre_progress}:
 * committee complete, plan submitted, funded, open grievances) and the same summed per subdistrict, district,
 * province and the nation ({@code centre_progress_area}), changed only when a centre's standing changes.
 *
 * <p>A committee is complete once appointed: the domain refuses an appointment or amendment without a chair, a
 * labour volunteer and a local-government representative. A centre is funded while at least one item of its
 * plans has GRANTED as its latest decision (a correction may take that back). A re-delivered event changes
 * nothing: every row is keyed by what the event names.
 */
@Component
@Profile("!command")
@ProcessingGroup(CentreWorkProjection.GROUP)
@AllowReplay
public class CentreWorkProjection {
    public static final String GROUP = "centre-work";

    private final NamedParameterJdbcTemplate jdbc;

    public CentreWorkProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TambonCentreEstablished established) {
        int inserted = jdbc.update("""
                        INSERT INTO centre_progress (centre_id, subdistrict_code, district_code, province_code,
                                                     committee_complete, plan_submitted, funded, open_grievances)
                        VALUES (:centreId, :subdistrict, :district, :province, FALSE, FALSE, FALSE, 0)
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource().addValue("centreId", established.centreId())
                        .addValue("subdistrict", established.subdistrictCode())
                        .addValue("district", established.districtCode())
                        .addValue("province", established.provinceCode()));
        if (inserted == 1) {
            addToAreas(established.centreId(), "centres", 1);
        }
    }

    @EventHandler
    void on(CentreCommitteeAppointed appointed) {
        flag(appointed.centreId(), "committee_complete");
    }

    @EventHandler
    void on(QualityOfLifePlanSubmitted submitted, @SequenceNumber long sequence) {
        int inserted = jdbc.update("""
                        INSERT INTO centre_plan (centre_id, plan_id, fiscal_year, submitted_on, event_id, recorded_by,
                                                 recorded_at)
                        VALUES (:centreId, :planId, :fiscalYear, :submittedOn, :eventId, :recordedBy, :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(submitted.centreId(), sequence, submitted.recording())
                        .addValue("centreId", submitted.centreId())
                        .addValue("planId", submitted.planId())
                        .addValue("fiscalYear", submitted.fiscalYear())
                        .addValue("submittedOn", submitted.businessDate()));
        if (inserted == 0) {
            return;
        }
        List<PlanItem> items = submitted.items();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            jdbc.update("""
                            INSERT INTO centre_plan_item (centre_id, plan_id, item_number, category, description,
                                                          requested_satang, source, other_source_name)
                            VALUES (:centreId, :planId, :itemNumber, :category, :description, :requested, :source,
                                    :otherSource)""",
                    new MapSqlParameterSource().addValue("centreId", submitted.centreId())
                            .addValue("planId", submitted.planId())
                            .addValue("itemNumber", i + 1)
                            .addValue("category", item.category().name())
                            .addValue("description", item.description())
                            .addValue("requested", item.requestedSatang())
                            .addValue("source", item.source().name())
                            .addValue("otherSource", item.otherSourceName()));
        }
        flag(submitted.centreId(), "plan_submitted");
    }

    @EventHandler
    void on(PlanFundingRecorded funding, @SequenceNumber long sequence) {
        for (FundingDecision decision : funding.decisions()) {
            jdbc.update("""
                            INSERT INTO centre_plan_decision (centre_id, plan_id, item_number, sequence, outcome,
                                                              granted_satang, reason, correction_reason, decided_on,
                                                              event_id, recorded_by, recorded_at)
                            VALUES (:centreId, :planId, :itemNumber, :sequence, :outcome, :granted, :reason,
                                    :correctionReason, :decidedOn, :eventId, :recordedBy, :recordedAt)
                            ON CONFLICT DO NOTHING""",
                    RecordedColumns.of(funding.centreId(), sequence, funding.recording())
                            .addValue("centreId", funding.centreId())
                            .addValue("planId", funding.planId())
                            .addValue("itemNumber", decision.itemNumber())
                            .addValue("sequence", sequence)
                            .addValue("outcome", decision.outcome().name())
                            .addValue("granted", decision.grantedSatang())
                            .addValue("reason", decision.reason())
                            .addValue("correctionReason", funding.correctionReason())
                            .addValue("decidedOn", funding.businessDate()));
        }
        // Funded: some item's latest decision grants money. Compared with the centre's row, so that only a change
        // of standing moves the area counters.
        Boolean funded = jdbc.queryForObject("""
                        SELECT EXISTS (SELECT 1
                                         FROM (SELECT DISTINCT ON (plan_id, item_number) outcome
                                                 FROM centre_plan_decision
                                                WHERE centre_id = :centreId
                                                ORDER BY plan_id, item_number, sequence DESC) latest
                                        WHERE outcome = 'GRANTED')""",
                new MapSqlParameterSource("centreId", funding.centreId()), Boolean.class);
        int changed = jdbc.update("UPDATE centre_progress SET funded = :funded WHERE centre_id = :centreId"
                        + " AND funded <> :funded",
                new MapSqlParameterSource().addValue("centreId", funding.centreId())
                        .addValue("funded", Boolean.TRUE.equals(funded)));
        if (changed == 1) {
            addToAreas(funding.centreId(), "funded", Boolean.TRUE.equals(funded) ? 1 : -1);
        }
    }

    @EventHandler
    void on(CentreFollowUpRecorded followUp, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO centre_follow_up (event_id, centre_id, sequence, stage, followed_up_on, findings,
                                                      next_steps, recorded_by, recorded_at)
                        VALUES (:eventId, :centreId, :sequence, :stage, :followedUpOn, :findings, :nextSteps,
                                :recordedBy, :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(followUp.centreId(), sequence, followUp.recording())
                        .addValue("centreId", followUp.centreId())
                        .addValue("sequence", sequence)
                        .addValue("stage", followUp.stage().name())
                        .addValue("followedUpOn", followUp.businessDate())
                        .addValue("findings", followUp.findings())
                        .addValue("nextSteps", followUp.nextSteps()));
    }

    @EventHandler
    void on(YearlyEvaluationRecorded evaluation, @SequenceNumber long sequence) {
        jdbc.update("""
                        INSERT INTO centre_yearly_evaluation (centre_id, fiscal_year, summary, lessons_learned,
                                                              evaluated_on, event_id, recorded_by, recorded_at)
                        VALUES (:centreId, :fiscalYear, :summary, :lessons, :evaluatedOn, :eventId, :recordedBy,
                                :recordedAt)
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(evaluation.centreId(), sequence, evaluation.recording())
                        .addValue("centreId", evaluation.centreId())
                        .addValue("fiscalYear", evaluation.fiscalYear())
                        .addValue("summary", evaluation.summary())
                        .addValue("lessons", evaluation.lessonsLearned())
                        .addValue("evaluatedOn", evaluation.businessDate()));
    }

    @EventHandler
    void on(GrievanceRecorded grievance, @SequenceNumber long sequence) {
        int inserted = jdbc.update("""
                        INSERT INTO centre_grievance (centre_id, grievance_id, subdistrict_code, district_code,
                                                      province_code, worker_id, topic, other_topic, channel,
                                                      received_on, event_id, recorded_by, recorded_at)
                        SELECT :centreId, :grievanceId, p.subdistrict_code, p.district_code, p.province_code,
                               :workerId, :topic, :otherTopic, :channel, :receivedOn, :eventId, :recordedBy,
                               :recordedAt
                          FROM centre_progress p
                         WHERE p.centre_id = :centreId
                        ON CONFLICT DO NOTHING""",
                RecordedColumns.of(grievance.centreId(), sequence, grievance.recording())
                        .addValue("centreId", grievance.centreId())
                        .addValue("grievanceId", grievance.grievanceId())
                        .addValue("workerId", grievance.workerId())
                        .addValue("topic", grievance.topic().name())
                        .addValue("otherTopic", grievance.otherTopic())
                        .addValue("channel", grievance.channel().name())
                        .addValue("receivedOn", grievance.businessDate()));
        if (inserted == 1) {
            openGrievances(grievance.centreId(), 1);
        }
    }

    @EventHandler
    void on(GrievanceResolved resolved, @SequenceNumber long sequence) {
        int changed = jdbc.update("""
                        UPDATE centre_grievance
                           SET resolution = :resolution, resolved_on = :resolvedOn, resolution_event_id = :eventId,
                               resolved_by = :recordedBy, resolved_at = :recordedAt
                         WHERE centre_id = :centreId AND grievance_id = :grievanceId
                           AND resolution_event_id IS NULL""",
                RecordedColumns.of(resolved.centreId(), sequence, resolved.recording())
                        .addValue("centreId", resolved.centreId())
                        .addValue("grievanceId", resolved.grievanceId())
                        .addValue("resolution", resolved.resolution())
                        .addValue("resolvedOn", resolved.businessDate()));
        if (changed == 1) {
            openGrievances(resolved.centreId(), -1);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE centre_plan, centre_plan_item, centre_plan_decision,"
                + " centre_follow_up, centre_yearly_evaluation, centre_grievance, centre_progress,"
                + " centre_progress_area");
    }

    /** Sets a standing that, once reached, stays (committee complete, plan submitted), counting it once. */
    private void flag(String centreId, String column) {
        int changed = jdbc.update("UPDATE centre_progress SET " + column + " = TRUE WHERE centre_id = :centreId"
                + " AND NOT " + column, new MapSqlParameterSource("centreId", centreId));
        if (changed == 1) {
            addToAreas(centreId, column, 1);
        }
    }

    private void openGrievances(String centreId, int delta) {
        jdbc.update("UPDATE centre_progress SET open_grievances = open_grievances + :delta WHERE centre_id = :centreId",
                new MapSqlParameterSource().addValue("centreId", centreId).addValue("delta", delta));
        addToAreas(centreId, "open_grievances", delta);
    }

    /** Adds to one counter of the centre's subdistrict, district, province and the nation. */
    private void addToAreas(String centreId, String column, int delta) {
        Integer subdistrict = jdbc.query("SELECT subdistrict_code FROM centre_progress WHERE centre_id = :centreId",
                new MapSqlParameterSource("centreId", centreId), rs -> rs.next() ? rs.getInt(1) : null);
        if (subdistrict == null) {
            return; // not established: the domain refuses work on such a centre
        }
        List<String> columns = List.of("centres", "committee_complete", "plan_submitted", "funded",
                "open_grievances");
        String values = String.join(", ", columns.stream().map(c -> c.equals(column) ? ":delta" : "0").toList());
        for (Area area : Area.holding(subdistrict)) {
            jdbc.update("INSERT INTO centre_progress_area (area_level, area_code, " + String.join(", ", columns)
                            + ") VALUES (:level, :code, " + values + ") ON CONFLICT (area_level, area_code) DO UPDATE"
                            + " SET " + column + " = centre_progress_area." + column + " + :delta",
                    new MapSqlParameterSource().addValue("level", area.level().name()).addValue("code", area.code())
                            .addValue("delta", delta));
        }
    }
}
