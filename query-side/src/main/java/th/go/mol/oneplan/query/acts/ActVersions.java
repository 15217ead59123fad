package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.query.basis.Clocks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which version of each act a reader at given clocks sees (docs/time-travel.md): the record as it stood at
 * {@code recordedAsOf} (only versions recorded by then: acts recorded later are absent, corrections recorded later
 * not applied), then only the acts whose business date, as that version reads, is on or before {@code asOf}.
 */
public final class ActVersions {
    private ActVersions() {
    }

    /** The acts as read at the clocks, in stream order, each naming the corrections (by id) it reads with. */
    public static List<StoredAct> asRead(List<ActVersion> versions, Clocks clocks) {
        Map<String, List<ActVersion>> byAct = new LinkedHashMap<>();
        versions.stream()
                .filter(v -> clocks.recordedBy(v.recordedAt()))
                .sorted(Comparator.comparingLong(ActVersion::position).thenComparingInt(ActVersion::version))
                .forEach(v -> byAct.computeIfAbsent(v.eventId(), id -> new ArrayList<>()).add(v));
        List<StoredAct> acts = new ArrayList<>();
        for (List<ActVersion> ofAct : byAct.values()) {
            ActVersion latest = ofAct.get(ofAct.size() - 1);
            if (!clocks.happenedBy(latest.businessDate())) {
                continue;
            }
            List<String> correctedBy = ofAct.stream().filter(v -> !v.original())
                    .map(ActVersion::correctionEventId).toList();
            acts.add(new StoredAct(latest.eventId(), latest.position(), latest.act(), correctedBy));
        }
        return acts;
    }

    /** The version of the act that read at the clocks' {@code recordedAsOf}: the latest recorded by then, if any. */
    public static Optional<ActVersion> readAt(List<ActVersion> versionsOfAct, Clocks clocks) {
        return versionsOfAct.stream()
                .filter(v -> clocks.recordedBy(v.recordedAt()))
                .max(Comparator.comparingInt(ActVersion::version));
    }
}
