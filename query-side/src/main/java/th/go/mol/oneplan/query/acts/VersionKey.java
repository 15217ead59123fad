package th.go.mol.oneplan.query.acts;

/** One version of one act: the key of its {@code drive_act_version} row and of its rows in its type's tables. */
public record VersionKey(String eventId, int version) {
}
