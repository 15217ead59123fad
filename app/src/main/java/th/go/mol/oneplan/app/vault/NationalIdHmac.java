package th.go.mol.oneplan.app.vault;

import th.go.mol.oneplan.command.register.NationalIdHasher;
import th.go.mol.oneplan.register.NationalId;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HMAC-SHA256 of the national id's 13 digits, with the key derived from the master key for this purpose alone. */
public class NationalIdHmac implements NationalIdHasher {
    private final SecretKey key;
    /**
     * One Mac per thread, keyed once: getInstance and init cost more than hashing 13 digits, and every registration
     * (and every batch's claim) hashes its id. doFinal resets the Mac for the next id with the same key.
     */
    private final ThreadLocal<Mac> mac;

    public NationalIdHmac(MasterKey masterKey) {
        this.key = masterKey.derive(MasterKey.NATIONAL_ID_HMAC, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac keyed = Mac.getInstance("HmacSHA256");
                keyed.init(key);
                return keyed;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
            }
        });
    }

    @Override
    public byte[] hash(NationalId nationalId) {
        return mac.get().doFinal(nationalId.digits().getBytes(StandardCharsets.US_ASCII));
    }
}
