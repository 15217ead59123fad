package th.go.mol.oneplan.app.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.builtin.InitialAdmin;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of the built-in user store, on an empty {@code app_user} (emptied inside a transaction that
 * is rolled back, so the shared test database keeps its users): without a configured password one is generated,
 * printed once, stored only as a bcrypt hash, and must be changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIT extends LedgerIntegrationTest {
    private static final Pattern PRINTED = Pattern.compile("password:\\s+(\\S+)");

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void without_a_configured_password_a_strong_one_is_generated_printed_once_and_must_be_changed(CapturedOutput output) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("delete from app_user");
            InitialAdmin firstStart = new InitialAdmin(accounts, encoder, new OnePlanSecurityProperties(null, null, 4));

            assertThat(firstStart.createIfNoUser()).isTrue();
            Matcher printed = PRINTED.matcher(output.getOut() + output.getErr());
            assertThat(printed.find()).as("the banner shows the password").isTrue();
            String password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z2-9]+");
            Map<String, Object> admin = jdbc.queryForMap("select role, password_hash, must_change_password, enabled "
                    + "from app_user where username = 'admin'");
            assertThat(admin.get("role")).isEqualTo("MINISTRY_ADMIN");
            assertThat((String) admin.get("password_hash")).startsWith("$2").doesNotContain(password);
            assertThat(encoder.matches(password, (String) admin.get("password_hash"))).isTrue();
            assertThat(admin.get("must_change_password")).isEqualTo(true);

            assertThat(firstStart.createIfNoUser()).as("there is a user now").isFalse();
            assertThat(PRINTED.matcher(output.getOut() + output.getErr()).results().count()).as("printed once").isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = 'admin'",
                Boolean.class)).as("rolled back: the test admin is as it was").isFalse();
    }

    @Test
    void a_configured_first_password_must_itself_follow_the_password_rules() {
        InitialAdmin weak = new InitialAdmin(accounts, encoder, new OnePlanSecurityProperties(null, "admin123", 4));

        assertThatThrownBy(weak::createIfNoUser).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("initial-admin-password");
    }

    @Test
    void with_users_in_the_store_nothing_is_created_whatever_is_configured() {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);

        assertThat(new InitialAdmin(accounts, encoder, new OnePlanSecurityProperties(null, "another-long-password", 4))
                .createIfNoUser()).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
        assertThat(encoder.matches("another-long-password", jdbc.queryForObject("select password_hash from app_user "
                + "where username = 'admin'", String.class))).isFalse();
    }
}
