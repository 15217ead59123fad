package th.go.mol.oneplan.query.travel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.go.mol.oneplan.drive.kpi.KpiAssessment;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;
import th.go.mol.oneplan.drive.kpi.LevelStatus;
import th.go.mol.oneplan.query.ReadModelJson;
import th.go.mol.oneplan.query.acts.ActVersion;
import th.go.mol.oneplan.query.acts.ActVersions;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.travel.DriveChanges.ActAdded;
import th.go.mol.oneplan.query.travel.DriveChanges.ActCorrected;
import th.go.mol.oneplan.query.travel.DriveChanges.FieldChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Reads what changed in a drive's record between two instants from the versions of its acts: a pure function of
 * the versions, so the same record always gives the same changes.
 */
public final class RecordChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordChanges() {
    }

    /** The acts recorded in (from, to], as recorded, in stream order. */
    public static List<ActAdded> added(List<ActVersion> versions, Instant from, Instant to,
                                       BiPredicate<LocalDate, Instant> retroactive) {
        return versions.stream()
                .filter(v -> v.original() && between(v.recordedAt(), from, to))
                .sorted(Comparator.comparingLong(ActVersion::position))
                .map(v -> new ActAdded(v.eventId(), v.actType(), v.businessDate(), v.act().documentReference(),
                        v.recordedAt(), v.recordedBy(), retroactive.test(v.businessDate(), v.recordedAt())))
                .toList();
    }

    /** The corrections recorded in (from, to], in the order made, each with the fields it changed. */
    public static List<ActCorrected> corrected(List<ActVersion> versions, Instant from, Instant to,
                                               BiPredicate<LocalDate, Instant> retroactive) {
        List<ActCorrected> corrections = new ArrayList<>();
        versions.stream()
                .filter(v -> !v.original() && between(v.recordedAt(), from, to))
                .sorted(Comparator.comparingLong(ActVersion::globalPosition))
                .forEach(after -> {
                    ActVersion before = versions.stream()
                            .filter(v -> v.eventId().equals(after.eventId()) && v.version() == after.version() - 1)
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("version " + (after.version() - 1) + " of "
                                    + after.eventId() + " is missing from drive_act_version"));
                    corrections.add(new ActCorrected(after.eventId(), after.actType(), after.correctionEventId(),
                            after.whatWasWrong(), after.businessDate(), after.recordedAt(), after.recordedBy(),
                            retroactive.test(after.businessDate(), after.recordedAt()),
                            fieldChanges(ReadModelJson.write(before.act()), ReadModelJson.write(after.act()))));
                });
        return corrections;
    }

    /** The KPI as the domain assesses the acts recorded by the instant (null: as recorded now). */
    public static KpiAssessment kpiAt(List<ActVersion> versions, Instant recordedAsOf) {
        return KpiAssessor.assess(DriveActs.historyOf(ActVersions.asRead(versions, new Clocks(null, recordedAsOf))));
    }

    /** How a level moved from one assessment to the next; empty when it stands the same. */
    public static Optional<DriveChanges.Kind> levelChange(LevelStatus before, LevelStatus after) {
        if (before.reached() && !after.reached()) {
            return Optional.of(DriveChanges.Kind.LOST);
        }
        if (!before.reached() && after.reached()) {
            return Optional.of(DriveChanges.Kind.GAINED);
        }
        if (before.reached() && !before.sameOutcomeAs(after)) {
            return Optional.of(DriveChanges.Kind.MOVED);
        }
        return Optional.empty();
    }

    /** The act's fields (as its JSON names them) whose values differ between two versions, in the act's order. */
    public static List<FieldChange> fieldChanges(String beforeJson, String afterJson) {
        JsonNode before = tree(beforeJson);
        JsonNode after = tree(afterJson);
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            // A field a version lacks reads as null, as the act's record reads it.
            JsonNode was = orNull(before.get(field));
            JsonNode is = orNull(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, text(was), text(is)));
            }
        }
        return changes;
    }

    /** Whether an instant lies after {@code from} and not after {@code to}. */
    static boolean between(Instant at, Instant from, Instant to) {
        return at.isAfter(from) && !at.isAfter(to);
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored act version is not JSON: " + e.getMessage(), e);
        }
    }
}
