package th.go.mol.oneplan.app.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyTest {
    private static final String CONFIGURED = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void a_configured_key_is_used_and_no_file_is_made(@TempDir Path dir) {
        Path file = dir.resolve("personal-data-master.key");

        MasterKey key = MasterKey.load(CONFIGURED, file);

        assertThat(file).doesNotExist();
        assertThat(key.derive(MasterKey.KEY_WRAPPING, "AES").getEncoded())
                .isEqualTo(MasterKey.fromBase64(CONFIGURED).derive(MasterKey.KEY_WRAPPING, "AES").getEncoded());
        assertThat(key.toString()).doesNotContain(CONFIGURED);
    }

    @Test
    void without_configuration_a_key_is_generated_once_readable_by_its_owner_only_and_reused(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("data").resolve("personal-data-master.key");

        MasterKey first = MasterKey.load(null, file);
        MasterKey second = MasterKey.load("", file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(second.derive(MasterKey.KEY_WRAPPING, "AES").getEncoded())
                .isEqualTo(first.derive(MasterKey.KEY_WRAPPING, "AES").getEncoded());
    }

    @Test
    void each_purpose_has_its_own_key() {
        MasterKey key = MasterKey.fromBase64(CONFIGURED);

        assertThat(key.derive(MasterKey.KEY_WRAPPING, "AES").getEncoded())
                .hasSize(32)
                .isNotEqualTo(key.derive(MasterKey.NATIONAL_ID_HMAC, "HmacSHA256").getEncoded())
                .isNotEqualTo(new byte[32]);
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_at_start() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!"))
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("16 bytes");
    }
}
