package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.drive.RecordedAct;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a recorded act ({@code drive_act_version} and its type's tables): the act as it read from the
 * moment the event that made this version was recorded (the act itself for version 1, a correction for each later
 * one) until the next version.
 *
 * @param position          the act's place in its drive's stream
 * @param businessDate      this version's business date (a correction may have moved it)
 * @param globalPosition    the event-store position of the event that made this version
 * @param recordedAt        when that event was recorded
 * @param correctionEventId the correction that made this version; null for version 1
 * @param act               the act as this version reads
 */
public record ActVersion(String eventId, int version, long position, String actType, LocalDate businessDate,
                         long globalPosition, Instant recordedAt, String recordedBy, String correctionEventId,
                         String whatWasWrong, RecordedAct act) {

    public boolean original() {
        return correctionEventId == null;
    }

    public VersionKey key() {
        return new VersionKey(eventId, version);
    }
}
