package th.go.mol.oneplan.query.travel;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.query.basis.Basis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed in a drive's record between two bases (docs/time-travel.md): the acts recorded after {@code from}
 * and by {@code to}, the corrections recorded in that time with each corrected field before and after, and the KPI
 * levels gained, lost or moved between the two.
 *
 * @param from the record as it stood at the first instant (its basis: the last event it includes)
 * @param to   the record as it stood at the second instant
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "What changed in a drive's record between two bases")
public record DriveChanges(String driveId, Basis from, Basis to, List<ActAdded> actsAdded,
                           List<ActCorrected> actsCorrected, List<KpiLevelChanged> kpiLevels) {
    public DriveChanges {
        actsAdded = List.copyOf(actsAdded);
        actsCorrected = List.copyOf(actsCorrected);
        kpiLevels = List.copyOf(kpiLevels);
    }

    /**
     * An act recorded between the two bases, as it was recorded.
     *
     * @param retroactive recorded more than {@code oneplan.time-travel.retroactive-after-days} after its business date
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActAdded(String eventId, String type, LocalDate businessDate, String documentReference,
                           Instant recordedAt, String recordedBy, boolean retroactive) {
    }

    /**
     * A correction recorded between the two bases: the act it corrected and each of the act's fields it changed.
     *
     * @param businessDate the corrected act's business date, as the correction made it read
     * @param retroactive  the correction was recorded more than {@code oneplan.time-travel.retroactive-after-days}
     *                     after that business date: it changed what the record says about a day long past
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActCorrected(String eventId, String type, String correctionEventId, String whatWasWrong,
                               LocalDate businessDate, Instant recordedAt, String recordedBy, boolean retroactive,
                               List<FieldChange> changes) {
        public ActCorrected {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One field of an act, as the act reads in the API's JSON, before and after a correction. A value that is not
     * text (a number, a list) is given as its JSON; null when the field had none.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * A KPI level that stands differently at the second basis than at the first, each assessed by the domain on the
     * acts as recorded by then.
     *
     * @param change          GAINED, LOST, or MOVED (reached at both, on another day or on other evidence)
     * @param reachedOnBefore the day it was reached at the first basis; null when it was not
     * @param reachedOnAfter  the day it was reached at the second basis; null when it is not
     * @param businessDate    the business date of the recorded KPI change behind it (null, as are the recording
     *                        fields, when the drive recorded none between the bases)
     * @param causedByEventId the act or correction the drive recorded the change for
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KpiLevelChanged(int level, String criterion, Kind change, LocalDate reachedOnBefore,
                                  LocalDate reachedOnAfter, LocalDate businessDate, Instant recordedAt,
                                  String recordedBy, String causedByEventId, boolean retroactive) {
    }

    public enum Kind {
        GAINED, LOST, MOVED
    }
}
