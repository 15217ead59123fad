package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.trang.TrangDemo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test of the pages shares: one headless Chromium per test class ({@link Browser}), opened
 * before the first test on the service's random port and closed after the last, the window set back to a desktop's
 * size before each test, and the form login as a user of a given role and scope.
 *
 * <p>The browser is opened in this class's {@code @BeforeEach}, which JUnit runs before a subclass's own: a
 * subclass sets up its data through the API in its {@code @BeforeEach} and finds the browser ready in its tests.
 * Test classes run one after another (failsafe, no parallel execution), so one static browser at a time suffices.
 */
abstract class BrowserIT extends LedgerIntegrationTest {
    protected static Browser browser;

    @LocalServerPort
    int pagePort;

    @BeforeEach
    void aBrowserIsOpenAtDesktopSize() {
        synchronized (BrowserIT.class) {
            if (browser == null) {
                browser = Browser.open(base());
            }
        }
        browser.resize(Browser.DESKTOP);
    }

    @AfterAll
    static void closeTheBrowser() {
        synchronized (BrowserIT.class) {
            if (browser != null) {
                browser.close();
                browser = null;
            }
        }
    }

    /** The pages' address, e.g. {@code http://127.0.0.1:40123}. */
    protected String base() {
        return "http://127.0.0.1:" + pagePort;
    }

    /** Logs in with the form as {@code username}, created or changed to this role and scope, and checks it worked. */
    protected Login logInAs(String username, Role role, Integer provinceCode, Integer subdistrictCode) {
        Login login = userWith(username, role, provinceCode, subdistrictCode);
        browser.logIn(login.username(), login.password());
        assertThat(browser.path()).as("after logging in as %s", username).doesNotStartWith("/login");
        return login;
    }

    /** The Trang FY 2562 demo is recorded (once per database) and the read models the pages show have caught up. */
    protected void trangsYearIsRecordedAndRead() {
        TrangDemo.ensurePlayed(this);
        awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 5);
        awaitGet("/api/drives?fiscalYear=2562", d -> d.findValuesAsText("driveId").contains("92-2562")
                && d.toString().contains("\"kpiLevel\":5"));
    }
}
