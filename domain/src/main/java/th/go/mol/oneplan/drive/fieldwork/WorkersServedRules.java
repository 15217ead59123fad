package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.register.WorkerId;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The registered workers (แรงงานนอกระบบที่ขึ้นทะเบียน) a field visit or an activity names as served: each a
 * {@code worker-<uuid>} id of the register, at most {@link #WORKERS_MAX} to an act, each counted once however often
 * it is listed. Whether each id was ever registered is a question about another aggregate; the command side asks
 * the event store before sending (409 {@code unknown-worker}), the drive only checks the form.
 */
public final class WorkersServedRules {
    /** The limit the HTTP API also states: a service day of a tambon rarely serves more than a few hundred. */
    public static final int WORKERS_MAX = 500;

    private WorkersServedRules() {
    }

    /**
     * The workers named, each once, in the order first named; none when the list is missing. 400 {@code size}
     * naming {@code field} for more than {@link #WORKERS_MAX} entries, 400 {@code worker-id-format} naming
     * {@code field[i]} (the index as sent) for an entry that is not a worker id.
     */
    public static List<String> distinct(List<String> workerIds, String field) {
        if (workerIds == null) {
            return List.of();
        }
        if (workerIds.size() > WORKERS_MAX) {
            throw new InvalidValue(field, "size", field + " lists at most " + WORKERS_MAX + " workers, got "
                    + workerIds.size());
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < workerIds.size(); i++) {
            distinct.add(WorkerId.valid(workerIds.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(distinct);
    }
}
