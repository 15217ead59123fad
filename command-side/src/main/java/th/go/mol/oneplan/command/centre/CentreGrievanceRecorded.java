package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a recorded grievance: as {@link CentreRecorded}, with the id the ledger gave the grievance. */
public record CentreGrievanceRecorded(
        @Schema(description = "centre-, the subdistrict code and optionally -suffix", example = "centre-840102-2566",
                requiredMode = Schema.RequiredMode.REQUIRED) String centreId,
        @Schema(description = "The grievance's id, numbered by the ledger per centre; the path of its resolution",
                example = "grievance-1", requiredMode = Schema.RequiredMode.REQUIRED) String grievanceId,
        @Schema(description = "The id of the event that records the act", example = "centre-840102-2566/7",
                requiredMode = Schema.RequiredMode.REQUIRED) String eventId,
        @Schema(description = "The centre's version after it (also the ETag)", example = "7",
                requiredMode = Schema.RequiredMode.REQUIRED) long version) {
}
