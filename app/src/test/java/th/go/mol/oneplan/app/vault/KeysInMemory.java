package th.go.mol.oneplan.app.vault;

import javax.crypto.SecretKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Data keys in a map, for tests of the vault without a database; a destroyed key is kept as null. */
final class KeysInMemory implements DataKeys {
    private final PersonalDataCipher cipher = new PersonalDataCipher();
    final Map<String, SecretKey> keys = new HashMap<>();

    @Override
    public Optional<SecretKey> forSealing(String subject) {
        if (keys.containsKey(subject)) {
            return Optional.ofNullable(keys.get(subject));
        }
        SecretKey key = cipher.newDataKey();
        keys.put(subject, key);
        return Optional.of(key);
    }

    @Override
    public Optional<SecretKey> forOpening(String subject) {
        if (!keys.containsKey(subject)) {
            throw new IllegalStateException("no key for " + subject);
        }
        return Optional.ofNullable(keys.get(subject));
    }

    @Override
    public void destroy(String subject) {
        keys.put(subject, null);
    }
}
