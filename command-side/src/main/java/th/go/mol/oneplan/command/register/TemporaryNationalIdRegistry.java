package th.go.mol.oneplan.command.register;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import th.go.mol.oneplan.register.NationalIdAlreadyRegistered;
import th.go.mol.oneplan.register.NationalIdRegistry;

import java.util.HashMap;
import java.util.Map;

/**
 * TEMPORARY, TO BE DELETED when the JDBC national-id registry (keyed hash, same transaction as the events) is
 * merged: an in-memory {@link NationalIdRegistry}, only so that the register's HTTP commands run before then. It
 * is neither national (one node only) nor durable (forgotten at restart), and holds ids in clear in memory.
 * It steps aside for any other registry bean.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!query")
public class TemporaryNationalIdRegistry {

    @Bean
    @ConditionalOnMissingBean(NationalIdRegistry.class)
    public NationalIdRegistry inMemoryNationalIdRegistry() {
        return new InMemory();
    }

    static final class InMemory implements NationalIdRegistry {
        private final Map<String, String> workerOfId = new HashMap<>();
        private final Map<String, String> centreOfWorker = new HashMap<>();

        @Override
        public synchronized void claim(th.go.mol.oneplan.register.NationalId nationalId, String workerId,
                                       String centreId) {
            String holder = workerOfId.putIfAbsent(nationalId.digits(), workerId);
            if (holder != null && !holder.equals(workerId)) {
                throw new NationalIdAlreadyRegistered(centreOfWorker.get(holder));
            }
            centreOfWorker.put(workerId, centreId);
        }

        @Override
        public synchronized void moved(String workerId, String centreId) {
            centreOfWorker.put(workerId, centreId);
        }

        @Override
        public synchronized void released(String workerId) {
            workerOfId.values().remove(workerId);
            centreOfWorker.remove(workerId);
        }
    }
}
