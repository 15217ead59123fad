package th.go.mol.oneplan.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A page of a drive's audit trail. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DriveAudit(String driveId, int page, int size, long totalEntries, List<AuditEntry> entries) {
    public DriveAudit {
        entries = List.copyOf(entries);
    }
}
