package th.go.mol.oneplan.query.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import th.go.mol.oneplan.query.basis.Basis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A drive's KPI A2 (ระดับความสำเร็จของการขับเคลื่อนนโยบายในระดับพื้นที่อย่างมีเอกภาพ), level by level, for an
 * inspector: when each level was reached, on which recorded acts, every change since, and for a level not
 * reached, what is missing.
 *
 * @param currentLevel the highest N with levels 1..N all reached; 0 when level 1 is not
 * @param levels       always the five levels, in order
 * @param basis        the clocks the answer was computed for and the last event it includes
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveKpi(String driveId, int currentLevel, List<Level> levels, Basis basis) {

    /**
     * @param unmetBecause what the drive's acts lack for this level; null when it is reached
     * @param history      the level's changes in the order they were recorded
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Level(int level, String criterion, boolean reached, LocalDate reachedOn, List<EvidenceItem> evidence,
                        String unmetBecause, List<Change> history) {
    }

    /** A recorded act the level stands on, with the document it rests on. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EvidenceItem(String eventId, String type, LocalDate businessDate, String documentReference) {
    }

    /**
     * @param change          REACHED, EVIDENCE_EXTENDED (same day, more evidence: for level 4, a further report)
     *                        or LOST
     * @param on              the day reached, or for a loss the business date of the act that caused it
     * @param causedByEventId the recorded act or correction that made the level move (for EVIDENCE_EXTENDED, the
     *                        act that joined the evidence)
     * @param because         why a level was lost; null otherwise
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(KpiChange change, LocalDate on, String eventId, String causedByEventId, String because,
                         Instant recordedAt, String recordedBy) {
    }
}
