package th.go.mol.oneplan.register;

import java.util.HashMap;
import java.util.Map;

/** The national-id registry as a map, for fixtures: the same answers as the command side's table. */
final class RegistryInMemory implements NationalIdRegistry {
    private final Map<String, String> workerOfId = new HashMap<>();
    private final Map<String, String> centreOfWorker = new HashMap<>();

    /** The register already holds this id, for a worker of that centre. */
    RegistryInMemory holding(NationalId nationalId, String workerId, String centreId) {
        workerOfId.put(nationalId.digits(), workerId);
        centreOfWorker.put(workerId, centreId);
        return this;
    }

    @Override
    public void claim(NationalId nationalId, String workerId, String centreId) {
        String holder = workerOfId.putIfAbsent(nationalId.digits(), workerId);
        if (holder != null && !holder.equals(workerId)) {
            throw new NationalIdAlreadyRegistered(centreOfWorker.get(holder));
        }
        centreOfWorker.put(workerId, centreId);
    }

    @Override
    public void moved(String workerId, String centreId) {
        centreOfWorker.put(workerId, centreId);
    }

    @Override
    public void released(String workerId) {
        workerOfId.values().remove(workerId);
        centreOfWorker.remove(workerId);
    }

    boolean holds(NationalId nationalId) {
        return workerOfId.containsKey(nationalId.digits());
    }

    String centreOf(String workerId) {
        return centreOfWorker.get(workerId);
    }
}
