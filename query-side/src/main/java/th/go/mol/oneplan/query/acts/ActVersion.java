package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.drive.RecordedAct;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code drive_act_version}: an act as it read from the moment the event that made this version was
 * recorded (the act itself for version 1, a correction for each later one) until the next version.
 *
 * @param position          the act's place in its drive's stream
 * @param businessDate      this version's business date (a correction may have moved it)
 * @param globalPosition    the event-store position of the event that made this version
 * @param recordedAt        when that event was recorded
 * @param correctionEventId the correction that made this version; null for version 1
 * @param content           the act as this version reads, as JSON ({@link ActTypes#read})
 */
public record ActVersion(String eventId, int version, long position, String actType, LocalDate businessDate,
                         long globalPosition, Instant recordedAt, String recordedBy, String correctionEventId,
                         String whatWasWrong, String content) {

    public RecordedAct act() {
        return ActTypes.read(actType, content);
    }

    public boolean original() {
        return correctionEventId == null;
    }
}
