package th.go.mol.oneplan.query.basis;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an inspector's answer was computed for (ฐานของคำตอบ), stated on every such answer so that a printed report
 * can be reproduced exactly later: the two clocks it was asked for and the last event it includes.
 *
 * @param asOf         the business date asked for: what had happened by the end of that day, as the record
 *                     reads now (corrections included); null when not asked (everything recorded)
 * @param recordedAsOf the instant asked for: what the ledger said at that moment, before later records and
 *                     corrections; null when not asked (the ledger as it is now)
 * @param position     the event-store position (global index) of the last event the answer includes; null when
 *                     it includes none
 * @param recordedAt   when that last event was recorded; asking again with this as {@code recordedAsOf} gives
 *                     the same answer
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "What the answer was computed for: the two clocks and the last event position it includes")
public record Basis(LocalDate asOf, Instant recordedAsOf, Long position, Instant recordedAt) {

    /** The answer for the record as it reads now, including events up to {@code position}. */
    public static Basis now(Long position, Instant recordedAt) {
        return new Basis(null, null, position, recordedAt);
    }
}
