package th.go.mol.oneplan.app.vault;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM as the vault uses it, with the JDK's own provider: a sealed value is a version byte, a random 96-bit
 * nonce and the ciphertext with its 128-bit tag. The additional authenticated data names what the value belongs to
 * (the worker, for personal data and for a wrapped data key), so a value copied into another worker's event, or a
 * wrapped key copied onto another worker's row, fails to open instead of reading as someone else's data.
 */
public final class PersonalDataCipher {
    /** The format of a sealed value: AES-256-GCM, 12-byte nonce, 16-byte tag. */
    static final byte VERSION_1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PERSONAL_DATA = "oneplan personal data v1:";
    private static final String DATA_KEY = "oneplan data key v1:";

    private final SecureRandom random = new SecureRandom();
    /**
     * One Cipher per thread, initialised again for every value (a fresh nonce each time): Cipher.getInstance looks
     * the provider up and verifies it on every call, which cost as much as the encryption itself when every
     * registration is sealed and every projection opens it. A Cipher is not thread-safe, hence one per thread.
     */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    });

    /** A new data key for one worker. */
    public SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is part of every JDK", e);
        }
    }

    /** The worker's personal data (as bytes) sealed with the worker's data key. */
    public byte[] seal(String subject, byte[] plaintext, SecretKey dataKey) {
        return encrypt(dataKey, aad(PERSONAL_DATA, subject), plaintext);
    }

    /**
     * The bytes sealed for {@code subject}.
     *
     * @throws SealedValueRejected when the value was not sealed for this subject with this key, or was altered
     */
    public byte[] open(String subject, byte[] sealed, SecretKey dataKey) {
        return decrypt(dataKey, aad(PERSONAL_DATA, subject), sealed);
    }

    /** The worker's data key wrapped with the wrapping key, for its row in {@code personal_data_key}. */
    public byte[] wrap(String subject, SecretKey dataKey, SecretKey wrappingKey) {
        return encrypt(wrappingKey, aad(DATA_KEY, subject), dataKey.getEncoded());
    }

    /** The worker's data key from its row. */
    public SecretKey unwrap(String subject, byte[] wrapped, SecretKey wrappingKey) {
        byte[] raw = decrypt(wrappingKey, aad(DATA_KEY, subject), wrapped);
        SecretKey key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        return key;
    }

    private static byte[] aad(String purpose, String subject) {
        return (purpose + subject).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] encrypt(SecretKey key, byte[] aad, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length).put(VERSION_1).put(nonce).put(ciphertext)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] aad, byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION_1) {
            throw new SealedValueRejected("not a sealed value of version 1");
        }
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealedValueRejected("the value was altered, or sealed for another subject or with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** A sealed value that does not open: damaged, tampered with, or moved to another subject. Never ERASED. */
    public static class SealedValueRejected extends RuntimeException {
        SealedValueRejected(String message) {
            super(message);
        }
    }
}
