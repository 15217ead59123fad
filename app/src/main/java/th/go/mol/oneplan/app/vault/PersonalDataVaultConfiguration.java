package th.go.mol.oneplan.app.vault;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

/**
 * The register's personal-data protection (docs/register.md, "Personal data"): the master key from configuration,
 * the workers' data keys, the vault the event store's serializer seals and opens personal data with, the keyed hash
 * of national ids, and the destruction of a worker's key when the worker's erasure is stored. On every node: a
 * query node opens personal data as the command node seals it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataVaultConfiguration {
    static final String GENERATED_KEY_FILE = "personal-data-master.key";

    @Bean
    public MasterKey personalDataMasterKey(PersonalDataProperties properties,
                                           @Value("${oneplan.embedded-postgres.data-directory:data/postgres}")
                                           String databaseDirectory) {
        Path file = properties.masterKeyFile() != null && !properties.masterKeyFile().isBlank()
                ? Path.of(properties.masterKeyFile())
                : Path.of(databaseDirectory).toAbsolutePath().normalize().getParent().resolve(GENERATED_KEY_FILE);
        return MasterKey.load(properties.masterKey(), file);
    }

    @Bean
    public PersonalDataCipher personalDataCipher() {
        return new PersonalDataCipher();
    }

    @Bean
    public JdbcDataKeys personalDataKeys(JdbcTemplate jdbc, PersonalDataCipher cipher, MasterKey masterKey,
                                         PersonalDataProperties properties) {
        return new JdbcDataKeys(jdbc, cipher, masterKey, properties);
    }

    @Bean
    public DataKeysForBatch dataKeysForBatch(JdbcDataKeys keys) {
        return new DataKeysForBatch(keys);
    }

    @Bean
    public PersonalDataVault personalDataVault(JdbcDataKeys keys, PersonalDataCipher cipher) {
        return new PersonalDataVault(keys, cipher);
    }

    @Bean
    public NationalIdHmac nationalIdHmac(MasterKey masterKey) {
        return new NationalIdHmac(masterKey);
    }

    @Bean
    public SmartInitializingSingleton erasureDestroysDataKey(EventStore eventStore, PersonalDataVault vault) {
        return () -> eventStore.registerDispatchInterceptor(new ErasureDestroysDataKey(vault));
    }
}
