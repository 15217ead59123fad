package th.go.mol.oneplan.query.detail;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.served.DriveWorkersServed;

import java.util.Optional;

/** Answers for a drive's detail from {@code drive_act}, and its registered workers served from {@code drive_worker_served}. */
@Component
@Profile("!command")
public class DriveDetailQueries {
    private final DriveActs driveActs;
    private final DriveWorkersServed workersServed;

    public DriveDetailQueries(DriveActs driveActs, DriveWorkersServed workersServed) {
        this.driveActs = driveActs;
        this.workersServed = workersServed;
    }

    /** Empty when no drive has that id. */
    @QueryHandler
    public Optional<DriveDetail> handle(FindDriveDetail query) {
        return DriveDetailAssembler.assemble(driveActs.of(query.driveId()),
                workersServed.count(query.driveId()));
    }
}
