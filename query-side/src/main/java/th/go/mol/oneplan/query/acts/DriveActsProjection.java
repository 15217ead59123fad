package th.go.mol.oneplan.query.acts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.query.EventPosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds recorded acts into {@code drive_act_version} and each act type's tables, every version of each: the act as
 * recorded (version 1), and one more version per correction, the act as that correction made it read (the domain's
 * own {@link DriveHistory#applied}), each with the recording and event-store position of the event that made it, so
 * that the record can be read as it stood at any instant (docs/time-travel.md).
 */
@Component
@Profile("!command")
@ProcessingGroup(DriveActsProjection.GROUP)
@AllowReplay
public class DriveActsProjection {
    public static final String GROUP = "drive-acts";

    private final NamedParameterJdbcTemplate jdbc;
    private final DriveActs acts;
    private final ActVersionWriter writer;

    public DriveActsProjection(NamedParameterJdbcTemplate jdbc, DriveActs acts, ActVersionWriter writer) {
        this.jdbc = jdbc;
        this.acts = acts;
        this.writer = writer;
    }

    /** The tables it writes, in the order a rebuild creates them. */
    public static List<String> tables() {
        List<String> tables = new ArrayList<>(List.of("drive_act_version"));
        tables.addAll(ActTypes.tables());
        return List.copyOf(tables);
    }

    @EventHandler
    void on(RecordedAct act, TrackingToken token) {
        // A re-delivered act lands on its version 1 again and changes nothing.
        writer.write(new ActVersion(act.eventId(), 1, EventPosition.of(act.eventId()), ActTypes.nameOf(act),
                act.businessDate(), globalPosition(token, act.eventId()), act.recording().recordedAt(),
                act.recording().recordedBy(), null, null, act));
    }

    /** The act as the correction makes it read, as the version after the latest one (unless already folded in). */
    @EventHandler
    void on(RecordCorrected correction, TrackingToken token) {
        List<ActVersion> versions = acts.versionsOf(correction.correctsEventId());
        if (versions.isEmpty()) {
            // The aggregate accepted the correction, so the act exists: this read model has lost it.
            throw new IllegalStateException(correction.eventId() + " corrects " + correction.correctsEventId()
                    + ", which is not in drive_act_version; replay " + GROUP);
        }
        if (versions.stream().anyMatch(v -> correction.eventId().equals(v.correctionEventId()))) {
            return;
        }
        ActVersion before = versions.get(versions.size() - 1);
        RecordedAct now = DriveHistory.applied(before.act(), correction.corrections());
        writer.write(new ActVersion(before.eventId(), before.version() + 1, before.position(), before.actType(),
                now.businessDate(), globalPosition(token, correction.eventId()),
                correction.recording().recordedAt(), correction.recording().recordedBy(), correction.eventId(),
                correction.whatWasWrong(), now));
    }

    /**
     * The event's global index in the event store, from the token the processor reached with it (a replay's
     * token reads the same).
     */
    private static long globalPosition(TrackingToken token, String eventId) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalStateException("no event-store position for " + eventId + ": " + GROUP
                    + " must run in a streaming processor");
        }
        return token.position().getAsLong();
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("TRUNCATE TABLE " + String.join(", ", tables()));
    }
}
