package th.go.mol.oneplan.app.security.personaldata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.web.FieldError;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit of reads of unmasked personal data (table {@code personal_data_access}): an endpoint that shows a
 * person's data unmasked records the read here before it answers, so if the record cannot be written nothing is
 * shown. Rows are only ever added. Endpoints normally go through {@link UnmaskedReads}, which also checks the
 * caller's role and the reason header.
 */
@Service
public class PersonalDataAccessLog {
    private static final Pattern SUBJECT_KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final RowMapper<PersonalDataAccess> ROW = (rs, n) -> new PersonalDataAccess(rs.getLong("id"),
            rs.getTimestamp("accessed_at").toInstant(), rs.getString("accessed_by"), rs.getString("role"),
            rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("reason"), rs.getString("endpoint"));

    private final JdbcTemplate jdbc;

    public PersonalDataAccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code caller} read the unmasked data of one person, and why.
     *
     * @param subjectKind e.g. {@code informal-worker}
     * @param subjectId   the person's id in the ledger, 1 to 100 characters
     * @param reason      the caller's reason, 10 to 500 characters (see {@link AccessReason})
     * @param endpoint    what was read, e.g. {@code GET /api/workers/123}
     */
    public PersonalDataAccess record(Caller caller, String subjectKind, String subjectId, String reason,
                                     String endpoint) {
        Role role = caller.role().orElseThrow(() -> new IllegalArgumentException("a caller without a role reads nothing"));
        List<FieldError> errors = new ArrayList<>();
        if (subjectKind == null || !SUBJECT_KIND.matcher(subjectKind).matches()) {
            errors.add(new FieldError("subjectKind", "format", "subjectKind is 1 to 40 lower-case letters, digits or -"));
        }
        if (subjectId == null || subjectId.isBlank() || subjectId.length() > 100) {
            errors.add(new FieldError("subjectId", "length", "subjectId is 1 to 100 characters"));
        }
        int length = reason == null ? 0 : reason.strip().codePointCount(0, reason.strip().length());
        if (length < AccessReason.MIN_LENGTH || length > AccessReason.MAX_LENGTH) {
            errors.add(new FieldError(AccessReason.HEADER, "length", "a reason is " + AccessReason.MIN_LENGTH + " to "
                    + AccessReason.MAX_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        String where = endpoint == null ? "" : endpoint.length() > 300 ? endpoint.substring(0, 300) : endpoint;
        Instant at = Instant.now();
        Long id = jdbc.queryForObject("insert into personal_data_access (accessed_at, accessed_by, role, subject_kind, "
                        + "subject_id, reason, endpoint) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                Timestamp.from(at), caller.name(), role.name(), subjectKind, subjectId, reason.strip(), where);
        return new PersonalDataAccess(id, at, caller.name(), role.name(), subjectKind, subjectId, reason.strip(), where);
    }

    /** Reads recorded in [from, to), optionally by one user, newest first. */
    public PersonalDataAccessPage find(Instant from, Instant to, String accessedBy, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            where.append(" and accessed_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and accessed_at < ?");
            args.add(Timestamp.from(to));
        }
        if (accessedBy != null) {
            where.append(" and accessed_by = ?");
            args.add(accessedBy);
        }
        Long total = jdbc.queryForObject("select count(*) from personal_data_access" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<PersonalDataAccess> entries = jdbc.query("select id, accessed_at, accessed_by, role, subject_kind, "
                + "subject_id, reason, endpoint from personal_data_access" + where
                + " order by accessed_at desc, id desc limit ? offset ?", ROW, pageArgs.toArray());
        return new PersonalDataAccessPage(page, size, total == null ? 0 : total, entries);
    }
}
