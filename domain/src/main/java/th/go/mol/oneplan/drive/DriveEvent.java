package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Something that happened in a province's drive and was recorded. Every event says which drive, its own
 * stable id (clients cite it in corrections; evidence cites it), the business date it describes, whether it
 * was recorded late (outside the fiscal year), and who recorded it when.
 */
public interface DriveEvent {
    String driveId();

    String eventId();

    LocalDate businessDate();

    boolean lateRecord();

    Recording recording();
}
