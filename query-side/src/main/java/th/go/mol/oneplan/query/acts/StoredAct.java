package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.drive.RecordedAct;

import java.util.List;

/**
 * A recorded act as it reads at some clocks (now, or a time-travel basis), where it stands in the drive's stream, and the
 * corrections (by event id) that made it read so (see {@link ActVersions}).
 */
public record StoredAct(String eventId, long position, RecordedAct act, List<String> correctedBy) {
    public StoredAct {
        correctedBy = List.copyOf(correctedBy);
    }

    public boolean corrected() {
        return !correctedBy.isEmpty();
    }
}
