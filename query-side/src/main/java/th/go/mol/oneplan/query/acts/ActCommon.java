package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * What every act has ({@link th.go.mol.oneplan.drive.DriveEvent}), as one version reads it, from the common
 * columns of {@code drive_act_version}; each act type's columns add the rest.
 *
 * @param recording the act's own recording (a correction does not change it)
 */
public record ActCommon(String driveId, String eventId, LocalDate businessDate, boolean lateRecord,
                        Recording recording) {
}
