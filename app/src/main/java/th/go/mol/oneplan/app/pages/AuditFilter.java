package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.audit.AuditEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * Which of a drive's audit entries the page shows: of one act type (event type), with business dates in a range,
 * a page of {@value #SIZE} at a time (pages count from 0).
 */
public record AuditFilter(String type, LocalDate from, LocalDate to, int page) {
    public static final int SIZE = 20;

    public static AuditFilter of(String type, String from, String to, String page) {
        String t = type == null || type.isBlank() ? null : type.strip();
        if (t != null && !t.matches("[A-Za-z]{1,80}")) {
            throw new InvalidValue("auditType", "event-type", "auditType is an act type like MeetingRecorded");
        }
        LocalDate f = from == null || from.isBlank() ? null : QueryParameters.businessDate(from, "auditFrom");
        LocalDate u = to == null || to.isBlank() ? null : QueryParameters.businessDate(to, "auditTo");
        int p = QueryParameters.inRange(page, "auditPage", 0, 0, 100_000);
        return new AuditFilter(t, f, u, p);
    }

    public List<AuditEntry> matching(List<AuditEntry> entries) {
        return entries.stream()
                .filter(e -> type == null || e.eventType().equals(type))
                .filter(e -> from == null || e.businessDate() != null && !e.businessDate().isBefore(from))
                .filter(e -> to == null || e.businessDate() != null && !e.businessDate().isAfter(to))
                .toList();
    }

    /** This filter's page of the matching entries. */
    public List<AuditEntry> page(List<AuditEntry> matching) {
        int first = Math.min(page * SIZE, matching.size());
        return matching.subList(first, Math.min(first + SIZE, matching.size()));
    }

    public int pages(int matching) {
        return Math.max(1, (matching + SIZE - 1) / SIZE);
    }

    /** The act types of a trail, for the filter's choices. */
    public static List<String> typesOf(List<AuditEntry> entries) {
        return List.copyOf(new TreeSet<>(entries.stream().map(AuditEntry::eventType).toList()));
    }

    /** A date as the page's date fields take it back (ISO; the field reads BE too). */
    public String fromParam() {
        return from == null ? "" : from.toString();
    }

    public String toParam() {
        return to == null ? "" : to.toString();
    }

    public String typeParam() {
        return type == null ? "" : type;
    }
}
