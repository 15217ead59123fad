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

    public NationalIdHmac(MasterKey masterKey) {
        this.key = masterKey.derive(MasterKey.NATIONAL_ID_HMAC, "HmacSHA256");
    }

    @Override
    public byte[] hash(NationalId nationalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(nationalId.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
