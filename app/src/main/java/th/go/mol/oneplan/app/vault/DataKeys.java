package th.go.mol.oneplan.app.vault;

import javax.crypto.SecretKey;
import java.util.Optional;

/** Each worker's own data key: made on first use, destroyed on erasure, never made again once destroyed. */
public interface DataKeys {

    /** The subject's key for sealing, made now if the subject has none; empty once destroyed. */
    Optional<SecretKey> forSealing(String subject);

    /** The subject's key for opening; empty once destroyed. */
    Optional<SecretKey> forOpening(String subject);

    /** Destroys the subject's key, in the current transaction: nothing sealed with it can be opened again. */
    void destroy(String subject);
}
