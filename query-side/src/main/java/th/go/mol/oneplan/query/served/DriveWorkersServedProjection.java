package th.go.mol.oneplan.query.served;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.fieldwork.PlanWork;
import th.go.mol.oneplan.register.ServiceDelivered;

import java.util.List;

/**
 * Folds the registered workers each drive served into {@code drive_worker_served}: the workers a field visit or an
 * activity names, and the worker of every service of the register that names the drive. A worker is one row per
 * drive however many acts and services reached them; a re-delivered event adds nothing.
 */
@Component
@Profile("!command")
@ProcessingGroup(DriveWorkersServedProjection.GROUP)
@AllowReplay
public class DriveWorkersServedProjection {
    public static final String GROUP = "drive-workers-served";

    private final NamedParameterJdbcTemplate jdbc;

    public DriveWorkersServedProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PlanWork work) {
        served(work.driveId(), work.workerIds());
    }

    @EventHandler
    void on(ServiceDelivered service) {
        if (service.driveId() != null) {
            served(service.driveId(), List.of(service.workerId()));
        }
    }

    private void served(String driveId, List<String> workerIds) {
        if (workerIds.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        INSERT INTO drive_worker_served (drive_id, worker_id)
                        VALUES (:driveId, :workerId)
                        ON CONFLICT DO NOTHING""",
                workerIds.stream().map(workerId -> new MapSqlParameterSource()
                        .addValue("driveId", driveId)
                        .addValue("workerId", workerId)).toArray(MapSqlParameterSource[]::new));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE drive_worker_served");
    }
}
