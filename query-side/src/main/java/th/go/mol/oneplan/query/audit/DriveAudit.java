package th.go.mol.oneplan.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.query.basis.Basis;

import java.util.List;

/** A page of a drive's audit trail. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveAudit(String driveId, int page, int size, long totalEntries, List<AuditEntry> entries,
                         @Schema(description = "The clocks the answer was computed for and the last event it includes")
                         Basis basis) {
    public DriveAudit {
        entries = List.copyOf(entries);
    }
}
