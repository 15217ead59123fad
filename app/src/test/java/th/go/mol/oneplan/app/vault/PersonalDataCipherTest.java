package th.go.mol.oneplan.app.vault;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {
    private static final String SOMSRI = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    private static final String SOMCHAI = "worker-00000000-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    private final PersonalDataCipher cipher = new PersonalDataCipher();
    private final SecretKey key = cipher.newDataKey();
    private final byte[] plaintext = "{\"firstName\":\"สมศรี\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void what_is_sealed_for_a_worker_opens_for_that_worker_and_shows_nothing_in_clear() {
        byte[] sealed = cipher.seal(SOMSRI, plaintext, key);

        assertThat(sealed[0]).as("version").isEqualTo((byte) 1);
        assertThat(sealed).hasSize(1 + 12 + plaintext.length + 16);
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("สมศรี");
        assertThat(cipher.open(SOMSRI, sealed, key)).isEqualTo(plaintext);
        assertThat(cipher.seal(SOMSRI, plaintext, key)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void data_copied_into_another_workers_event_does_not_open() {
        byte[] sealed = cipher.seal(SOMSRI, plaintext, key);

        assertThatThrownBy(() -> cipher.open(SOMCHAI, sealed, key))
                .isInstanceOf(PersonalDataCipher.SealedValueRejected.class);
    }

    @Test
    void altered_data_does_not_open() {
        byte[] sealed = cipher.seal(SOMSRI, plaintext, key);
        sealed[20] ^= 1;

        assertThatThrownBy(() -> cipher.open(SOMSRI, sealed, key))
                .isInstanceOf(PersonalDataCipher.SealedValueRejected.class);
    }

    @Test
    void data_does_not_open_with_another_key_or_in_an_unknown_format() {
        byte[] sealed = cipher.seal(SOMSRI, plaintext, key);

        assertThatThrownBy(() -> cipher.open(SOMSRI, sealed, cipher.newDataKey()))
                .isInstanceOf(PersonalDataCipher.SealedValueRejected.class);
        sealed[0] = 2;
        assertThatThrownBy(() -> cipher.open(SOMSRI, sealed, key))
                .isInstanceOf(PersonalDataCipher.SealedValueRejected.class);
    }

    @Test
    void a_wrapped_data_key_unwraps_only_for_its_worker_and_with_the_wrapping_key() {
        SecretKey wrapping = cipher.newDataKey();
        byte[] wrapped = cipher.wrap(SOMSRI, key, wrapping);

        assertThat(cipher.unwrap(SOMSRI, wrapped, wrapping).getEncoded()).isEqualTo(key.getEncoded());
        assertThatThrownBy(() -> cipher.unwrap(SOMCHAI, wrapped, wrapping))
                .isInstanceOf(PersonalDataCipher.SealedValueRejected.class);
        assertThatThrownBy(() -> cipher.unwrap(SOMSRI, wrapped, cipher.newDataKey()))
                .isInstanceOf(PersonalDataCipher.SealedValueRejected.class);
    }
}
