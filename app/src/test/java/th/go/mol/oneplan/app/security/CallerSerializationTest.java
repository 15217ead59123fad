package th.go.mol.oneplan.app.security;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A page login is kept in the database between requests, and the caller with it: written and read back whole. */
class CallerSerializationTest {

    @Test
    void an_officer_kept_with_a_page_login_comes_back_the_same() throws Exception {
        Caller officer = new Caller("somchai", Optional.of(Role.PROVINCIAL_OFFICER), 84, null, false);

        assertThat(roundTrip(officer)).isEqualTo(officer);
    }

    @Test
    void a_caller_without_a_role_who_must_change_their_password_comes_back_the_same() throws Exception {
        Caller newcomer = new Caller("newcomer", Optional.empty(), null, null, true);

        assertThat(roundTrip(newcomer)).isEqualTo(newcomer);
    }

    private static Object roundTrip(Caller caller) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(caller);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
