package th.go.mol.oneplan.app.vault;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the register's personal-data protection (docs/security.md, "The personal-data master key").
 *
 * @param masterKey       the master key, 32 bytes in base64 (env {@code ONEPLAN_PERSONAL_DATA_MASTER_KEY}); unset: a
 *                        key generated on first start into {@code masterKeyFile}, for one machine only
 * @param masterKeyFile   where the generated key is kept; unset: {@code personal-data-master.key} beside the embedded
 *                        PostgreSQL data directory (never inside it, so a copy of the database does not carry it)
 * @param keyCacheEntries how many workers' unwrapped data keys a node keeps in memory at most
 * @param keyCacheExpiry  how long a node keeps a worker's unwrapped data key after reading it: the longest another
 *                        node can still decrypt a worker's data after the worker's erasure
 */
@ConfigurationProperties("oneplan.personal-data")
public record PersonalDataProperties(String masterKey, String masterKeyFile, Integer keyCacheEntries,
                                     Duration keyCacheExpiry) {
    public PersonalDataProperties {
        if (keyCacheEntries == null) {
            keyCacheEntries = 100_000;
        }
        if (keyCacheExpiry == null) {
            keyCacheExpiry = Duration.ofMinutes(5);
        }
        if (keyCacheEntries < 0 || keyCacheExpiry.isNegative()) {
            throw new IllegalArgumentException("oneplan.personal-data.key-cache-entries and key-cache-expiry are not"
                    + " negative");
        }
    }
}
