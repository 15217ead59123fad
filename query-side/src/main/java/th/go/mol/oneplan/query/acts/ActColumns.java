package th.go.mol.oneplan.query.acts;

import th.go.mol.oneplan.drive.RecordedAct;

import java.util.List;
import java.util.Map;

/**
 * How one kind of act is kept in columns of its own: its fields in its table, keyed by the version
 * ({@link VersionKey}), its lists of value objects in child tables. Reading back gives a record equal to the one
 * written. Every kind of act has one, listed in {@link ActTypes}.
 */
public interface ActColumns<A extends RecordedAct> {

    Class<A> type();

    /** The tables it writes: its own first, then its child tables (which another kind may share). */
    List<String> tables();

    /** Writes the act's own columns for the version the writer is at ({@code drive_act_version} is written apart). */
    void write(ActWriter out, A act);

    /** The acts of this kind among the versions the reader selects, by version. */
    Map<VersionKey, A> read(ActReader in);

    /** {@link #write} for an act known to be of this kind. */
    default void writeAct(ActWriter out, RecordedAct act) {
        write(out, type().cast(act));
    }
}
