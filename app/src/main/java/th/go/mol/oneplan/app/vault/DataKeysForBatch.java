package th.go.mol.oneplan.app.vault;

import th.go.mol.oneplan.command.sending.BatchPreparation;
import th.go.mol.oneplan.register.RegisterWorker;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the data keys of a batch's new workers in one statement before the batch is sent ({@link JdbcDataKeys#makeAll}),
 * instead of one insert per worker when each worker's personal data is sealed as its first event is stored.
 */
public class DataKeysForBatch implements BatchPreparation {
    private final JdbcDataKeys keys;

    public DataKeysForBatch(JdbcDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void beforeSending(List<Object> commands) {
        List<String> workers = new ArrayList<>();
        for (Object command : commands) {
            if (command instanceof RegisterWorker register && register.workerId() != null) {
                workers.add(register.workerId());
            }
        }
        if (!workers.isEmpty()) {
            keys.makeAll(workers);
        }
    }
}
