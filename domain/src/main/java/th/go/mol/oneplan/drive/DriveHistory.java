package th.go.mol.oneplan.drive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
     * The same acts by their class, each in the order recorded. Rules and the KPI assessment ask for one kind of act
     * (the plan's versions, the meetings) several times per command, and a drive's history is mostly field visits:
     * without this index every such question read the whole history, so a command cost more the longer the drive.
     */
    private final Map<Class<?>, Map<String, RecordedAct>> byClass = new HashMap<>();
    /** Each act's place in the order recorded, to merge the acts of several classes (a plan's drafts and revisions). */
    private final Map<String, Long> place = new HashMap<>();
    private long recorded;
    /**
     * The KPI assessment of these acts, kept until an act is recorded or corrected: a command asks for it in its
     * rules, before its act and after it, and the next command (on the cached drive) asks again for the same acts.
     * Transient: derived, not part of the drive's state (Axon's test fixtures compare that state field by field and
     * skip transient fields).
     */
    private transient KpiAssessment assessment;

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
        assessment = null;
        RecordedAct earlier = acts.put(act.eventId(), act);
        if (earlier != null) {
            replaced(earlier, act);
            return;
        }
        place.put(act.eventId(), recorded++);
        byClass.computeIfAbsent(act.getClass(), c -> new LinkedHashMap<>()).put(act.eventId(), act);
    }

    public void correct(RecordCorrected correction) {
        RecordedAct original = acts.get(correction.correctsEventId());
        if (original != null) {
            assessment = null;
            RecordedAct corrected = applied(original, correction.corrections());
            acts.put(original.eventId(), corrected);
            replaced(original, corrected);
        }
    }

    /** Keeps the index in step when an act is read anew in its place (a correction keeps an act's class). */
    private void replaced(RecordedAct original, RecordedAct now) {
        if (original.getClass() == now.getClass()) {
            byClass.get(now.getClass()).put(now.eventId(), now);
        } else {
            byClass.get(original.getClass()).remove(original.eventId());
            Map<String, RecordedAct> ofClass = byClass.computeIfAbsent(now.getClass(), c -> new LinkedHashMap<>());
            ofClass.put(now.eventId(), now);
            List<RecordedAct> inOrder = new ArrayList<>(ofClass.values());
            inOrder.sort(Comparator.comparing(a -> place.get(a.eventId())));
            ofClass.clear();
            inOrder.forEach(a -> ofClass.put(a.eventId(), a));
        }
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
        acts.values().forEach(copy::record);
        if (copy.acts.containsKey(act.eventId())) {
            copy.record(act);
        }
        return copy;
    }

    /** The acts recorded before the act of this id, as they read now: what that act was recorded after. */
    public DriveHistory before(String eventId) {
        DriveHistory copy = new DriveHistory();
        for (RecordedAct act : acts.values()) {
            if (act.eventId().equals(eventId)) {
                break;
            }
            copy.record(act);
        }
        return copy;
    }

    /** The five KPI levels as {@link KpiAssessor} assesses these acts. */
    public KpiAssessment kpi() {
        if (assessment == null) {
            assessment = KpiAssessor.assess(this);
        }
        return assessment;
    }

    public Optional<RecordedAct> act(String eventId) {
        return Optional.ofNullable(acts.get(eventId));
    }

    public List<RecordedAct> acts() {
        return Collections.unmodifiableList(new ArrayList<>(acts.values()));
    }

    /** The acts that are instances of {@code type} (a record, or an interface such as a plan version), in order. */
    public <T extends RecordedAct> List<T> actsOf(Class<T> type) {
        List<Map<String, RecordedAct>> classes = new ArrayList<>(2);
        byClass.forEach((c, ofClass) -> {
            if (type.isAssignableFrom(c) && !ofClass.isEmpty()) {
                classes.add(ofClass);
            }
        });
        List<T> result = new ArrayList<>();
        classes.forEach(ofClass -> ofClass.values().forEach(act -> result.add(type.cast(act))));
        if (classes.size() > 1) {
            result.sort(Comparator.comparing(act -> place.get(act.eventId())));
        }
        return result;
    }

    public <T extends RecordedAct> Optional<T> firstOf(Class<T> type) {
        List<T> ofType = actsOf(type);
        return ofType.isEmpty() ? Optional.empty() : Optional.of(ofType.get(0));
    }
}
