package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.Recording;

/** A command addressed to one province's drive, carrying who sends it and the client's command id. */
public interface DriveCommand {
    String driveId();

    Recording recording();
}
