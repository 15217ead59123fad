package th.go.mol.oneplan.query.detail;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.acts.DriveActs;

import java.util.Optional;

/** Answers for a drive's detail from {@code drive_act}. */
@Component
@Profile("!command")
public class DriveDetailQueries {
    private final DriveActs driveActs;

    public DriveDetailQueries(DriveActs driveActs) {
        this.driveActs = driveActs;
    }

    /** Empty when no drive has that id. */
    @QueryHandler
    public Optional<DriveDetail> handle(FindDriveDetail query) {
        return DriveDetailAssembler.assemble(driveActs.of(query.driveId()));
    }
}
