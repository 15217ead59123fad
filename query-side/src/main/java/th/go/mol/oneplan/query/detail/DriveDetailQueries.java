package th.go.mol.oneplan.query.detail;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.acts.StoredAct;
import th.go.mol.oneplan.query.served.WorkersServedAtBasis;
import th.go.mol.oneplan.query.travel.DriveBases;

import java.util.List;
import java.util.Optional;

/**
 * Answers for a drive's detail from its acts ({@code drive_act_version}, as read at the clocks asked for), and its
 * registered workers served from {@code drive_worker_served} (as the register counts them now: that count is not
 * read by the clocks).
 */
@Component
@Profile("!command")
public class DriveDetailQueries {
    private final DriveActs driveActs;
    private final WorkersServedAtBasis workersServed;

    private final DriveBases bases;

    public DriveDetailQueries(DriveActs driveActs, WorkersServedAtBasis workersServed, DriveBases bases) {
        this.driveActs = driveActs;
        this.workersServed = workersServed;
        this.bases = bases;
    }

    /** Empty when no drive has that id, or none had started at the clocks asked for. */
    @QueryHandler
    public Optional<DriveDetail> handle(FindDriveDetail query) {
        List<StoredAct> acts = driveActs.of(query.driveId(), query.clocks());
        return DriveDetailAssembler.assemble(acts, workersServed.count(query.driveId(), query.clocks(), acts))
                .map(detail -> detail.withBasis(bases.of(query.driveId(), query.clocks())));
    }
}
