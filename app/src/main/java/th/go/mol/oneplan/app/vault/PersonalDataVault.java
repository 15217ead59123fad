package th.go.mol.oneplan.app.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import th.go.mol.oneplan.register.PersonalData;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Seals and opens a worker's {@link PersonalData} with the worker's own data key (crypto-shredding): what the event
 * store's serializer calls for every {@code personalData} field it writes or reads. Once the worker's key is
 * destroyed, everything sealed with it opens as {@link PersonalData#ERASED}.
 */
public class PersonalDataVault {
    /** The plaintext inside a sealed value: the record's own JSON, with no vault in the way. */
    private static final ObjectMapper PLAINTEXT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DataKeys keys;
    private final PersonalDataCipher cipher;
    /** Values opened so far: what shows that the projections leave personal data sealed (a test counts it). */
    private final LongAdder opened = new LongAdder();

    public PersonalDataVault(DataKeys keys, PersonalDataCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    /**
     * The subject's data as stored: sealed with the subject's key (made now on first use), or, for data already
     * erased or a subject whose key is destroyed, the mark that it is erased, never the data.
     */
    public Sealed seal(String subject, PersonalData data) {
        if (data.isErased()) {
            return Sealed.erased(subject);
        }
        Optional<SecretKey> key = keys.forSealing(subject);
        if (key.isEmpty()) {
            return Sealed.erased(subject);
        }
        try {
            return new Sealed(subject, cipher.seal(subject, PLAINTEXT.writeValueAsBytes(data), key.get()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write personal data as JSON", e);
        }
    }

    /** The data sealed for the subject, or {@link PersonalData#ERASED} once the subject's key is destroyed. */
    public PersonalData open(Sealed sealed) {
        if (sealed.isErased()) {
            return PersonalData.ERASED;
        }
        Optional<SecretKey> key = keys.forOpening(sealed.subject());
        if (key.isEmpty()) {
            return PersonalData.ERASED;
        }
        opened.increment();
        try {
            return PLAINTEXT.readValue(cipher.open(sealed.subject(), sealed.ciphertext(), key.get()),
                    PersonalData.class);
        } catch (IOException e) {
            throw new IllegalStateException("sealed personal data of " + sealed.subject() + " is not personal data", e);
        }
    }

    /** How many sealed values this vault has decrypted since it started. */
    public long opened() {
        return opened.sum();
    }

    /** Destroys the subject's key in the current transaction: every value sealed for it reads as erased. */
    public void erase(String subject) {
        keys.destroy(subject);
    }

    /**
     * Personal data as stored: the subject (a worker id) and the sealed bytes (version, nonce, ciphertext and tag),
     * or no bytes once erased.
     */
    public record Sealed(String subject, byte[] ciphertext) {
        static Sealed erased(String subject) {
            return new Sealed(subject, null);
        }

        public boolean isErased() {
            return ciphertext == null;
        }
    }
}
