package th.go.mol.oneplan.drive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The acts of one drive as they read now: each act in the order it was recorded, with every correction made
 * to it applied. This is what rules and the KPI assessment look at; the events themselves never change.
 */
public final class DriveHistory {
    private final Map<String, RecordedAct> acts = new LinkedHashMap<>();

    /**
     * The history a drive's event payloads tell, in stream order: its acts, with the corrections applied; what the
     * ledger derives (KPI levels) is left out, as the drive itself leaves it out of its history. For a reader
     * outside the aggregate (the register asks which plan was in force on a day) that folds the stream itself.
     */
    public static DriveHistory of(Stream<?> payloads) {
        DriveHistory history = new DriveHistory();
        payloads.forEach(payload -> {
            if (payload instanceof RecordCorrected correction) {
                history.correct(correction);
            } else if (payload instanceof RecordedAct act) {
                history.record(act);
            }
        });
        return history;
    }

    /**
     * The history as a snapshot of its drive holds it: the acts as they read now, in the order recorded, each
     * with the class it is an instance of (an act is read back as the event record it is).
     */
    record Snapshot(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) List<RecordedAct> acts) {
    }

    @JsonValue
    Snapshot snapshot() {
        return new Snapshot(List.copyOf(acts.values()));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static DriveHistory fromSnapshot(Snapshot snapshot) {
        DriveHistory history = new DriveHistory();
        snapshot.acts().forEach(history::record);
        return history;
    }

    public void record(RecordedAct act) {
        acts.put(act.eventId(), act);
    }

    public void correct(RecordCorrected correction) {
        acts.computeIfPresent(correction.correctsEventId(), (id, act) -> applied(act, correction.corrections()));
    }

    /** The act with the corrections applied; throws if a correction does not fit the act. */
    public static RecordedAct applied(RecordedAct act, List<FieldCorrection> corrections) {
        RecordedAct result = act;
        for (FieldCorrection c : corrections) {
            result = result.corrected(c);
        }
        return result;
    }

    /** This history as it would read with {@code act} in place of the act of the same id: for checking a correction. */
    public DriveHistory with(RecordedAct act) {
        DriveHistory copy = new DriveHistory();
        copy.acts.putAll(acts);
        copy.acts.replace(act.eventId(), act);
        return copy;
    }

    /** The acts recorded before the act of this id, as they read now: what that act was recorded after. */
    public DriveHistory before(String eventId) {
        DriveHistory copy = new DriveHistory();
        for (RecordedAct act : acts.values()) {
            if (act.eventId().equals(eventId)) {
                break;
            }
            copy.acts.put(act.eventId(), act);
        }
        return copy;
    }

    public Optional<RecordedAct> act(String eventId) {
        return Optional.ofNullable(acts.get(eventId));
    }

    public List<RecordedAct> acts() {
        return Collections.unmodifiableList(new ArrayList<>(acts.values()));
    }

    public <T extends RecordedAct> List<T> actsOf(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (RecordedAct act : acts.values()) {
            if (type.isInstance(act)) {
                result.add(type.cast(act));
            }
        }
        return result;
    }

    public <T extends RecordedAct> Optional<T> firstOf(Class<T> type) {
        return acts.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
