package th.go.mol.oneplan.app.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The personal-data master key: 32 bytes from configuration, never stored in the database. It is used only to
 * derive one key per purpose (HKDF-SHA256, RFC 5869, with a label naming the purpose), so a key made for one
 * purpose (wrapping the workers' data keys, hashing national ids) is of no use for the other.
 */
public final class MasterKey {
    /** Label of the key that wraps the workers' data keys. */
    public static final String KEY_WRAPPING = "oneplan personal-data: data-key wrapping v1";
    /** Label of the key of the national id's keyed hash. */
    public static final String NATIONAL_ID_HMAC = "oneplan personal-data: national-id hmac v1";

    static final int LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final byte[] SALT = "oneplan-ledger master key".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    private MasterKey(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("the personal-data master key is 32 bytes (256 bits), not "
                    + key.length);
        }
        this.key = key.clone();
    }

    /** The key as configured: 32 bytes in base64 (e.g. made with {@code openssl rand -base64 32}). */
    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("oneplan.personal-data.master-key is not base64: make one with"
                    + " `openssl rand -base64 32`");
        }
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("oneplan.personal-data.master-key is " + bytes.length + " bytes, it"
                    + " must be 32 (256 bits): make one with `openssl rand -base64 32`");
        }
        return new MasterKey(bytes);
    }

    /**
     * The key configured, or else the key kept in {@code file}, generated there (readable by its owner only) on the
     * first start. The generated key suits one machine with the embedded database; production configures its own.
     */
    public static MasterKey load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return fromBase64(configured);
        }
        MasterKey key = Files.exists(file) ? readFile(file) : generateInto(file);
        log.warn("No personal-data master key is configured (oneplan.personal-data.master-key, env"
                + " ONEPLAN_PERSONAL_DATA_MASTER_KEY): using the key in {}. Whoever has that file and the database can"
                + " read the register's personal data, and without the file it is lost. In production configure the"
                + " key, the same on every node, and keep it apart from the database and its backups"
                + " (docs/security.md).", file.toAbsolutePath());
        return key;
    }

    private static MasterKey readFile(Path file) {
        try {
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the personal-data master key file " + file, e);
        }
    }

    private static MasterKey generateInto(Path file) {
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException raced) {
            return readFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the personal-data master key file " + file, e);
        }
        log.warn("Generated a new personal-data master key in {}", file.toAbsolutePath());
        return new MasterKey(bytes);
    }

    /** The 256-bit key for {@code label} (HKDF-SHA256: extract with a fixed salt, expand with the label). */
    public SecretKey derive(String label, String algorithm) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(SALT, "HmacSHA256"));
            byte[] pseudoRandomKey = extract.doFinal(key);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            expand.update(label.getBytes(StandardCharsets.UTF_8));
            expand.update((byte) 1);
            byte[] derived = expand.doFinal();
            Arrays.fill(pseudoRandomKey, (byte) 0);
            return new SecretKeySpec(derived, algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[withheld]";
    }
}
