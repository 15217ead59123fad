package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.trang.TrangDemo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "usable by keyboard, with readable contrast", checked in a real browser on the national board, Trang's
 * drive page (the Trang FY 2562 demo, which fills every section), the register and the login page.
 *
 * <p>Keyboard: the first Tab of a page lands on the skip link and Enter on it puts the focus on the main content;
 * Tab reaches Trang's row on the board and Enter opens its drive; the login form is filled and sent with keys alone;
 * whatever has the focus shows it (an outline or a ring, not the browser's nothing).
 *
 * <p>Contrast: a script in the page ({@code pages/contrast.js}) walks every visible element with text of its own,
 * reads its computed colour and its effective background (its own, or its nearest ancestor's that is not
 * transparent) and computes the WCAG 2.x contrast ratio: at least 4.5:1 for normal text, 3:1 for large text
 * (24 px, or 18.66 px bold). A failure names each element, its colours and its ratio.
 */
class PagesAccessibilityIT extends BrowserIT {
    private static final String TRANG = "/drives/92-2562";
    private static final List<String> PAGES = List.of("/board?fiscalYear=2562", TRANG, "/register",
            "/register/provinces/92");

    @BeforeEach
    void trangHasRecordedItsYear() {
        TrangDemo.ensurePlayed(this);
        awaitGet("/api/drives?fiscalYear=2562", d -> d.findValuesAsText("driveId").contains("92-2562")
                && d.toString().contains("\"kpiLevel\":5"));
    }

    @Test
    void on_every_page_the_first_tab_reaches_the_skip_link_which_moves_the_focus_to_the_main_content() {
        logInAs(READER, Role.INSPECTOR, null, null);
        for (String page : PAGES) {
            browser.get(page);

            browser.press(Keys.TAB);

            assertThat(browser.focused("className")).as("the first Tab on %s", page).isEqualTo("skip");
            assertThat(browser.find(".skip").isDisplayed()).isTrue();
            assertThat(browser.find(".skip").getRect().getX()).as("the focused skip link is on screen").isNotNegative();
            assertThat(browser.focusIndicator()).as("the skip link's focus on %s", page).isNotNull();
            assertContrast(page + " with the skip link shown");
            browser.press(Keys.ENTER);
            assertThat(browser.focused("id")).as("after the skip link on %s", page).isEqualTo("main");
            browser.press(Keys.TAB);
            assertThat(browser.focused("tagName")).as("the next Tab goes on from the main content on %s", page)
                    .isNotEqualTo("BODY");
            assertThat((Boolean) browser.script("return document.getElementById('main')"
                    + ".contains(document.activeElement);")).as("on %s", page).isTrue();
        }
    }

    @Test
    void tab_reaches_trangs_row_on_the_board_and_enter_opens_the_drive() {
        logInAs(READER, Role.INSPECTOR, null, null);
        browser.get("/board?fiscalYear=2562");

        int tabs = 0;
        String href = null;
        while (tabs < 600) {
            browser.press(Keys.TAB);
            tabs++;
            href = browser.focused("href");
            if (href != null && href.endsWith(TRANG)) {
                break;
            }
            assertThat(browser.focusIndicator()).as("focus indicator of %s (Tab %d)", browser.focusedElement(), tabs)
                    .isNotNull();
        }
        assertThat(href).as("Trang's drive link after %d Tabs", tabs).endsWith(TRANG);
        assertThat(browser.focusIndicator()).as("the drive link shows its focus").isNotNull();
        browser.screenshotOfWindow("board-keyboard-focus-on-trang");

        browser.pressAndWait(Keys.ENTER);

        assertThat(browser.path()).isEqualTo(TRANG);
        assertThat(browser.text("#current-level")).isEqualTo("5");
    }

    @Test
    void the_login_form_is_filled_and_sent_with_the_keyboard_alone() {
        Login inspector = userWith(READER, Role.INSPECTOR, null, null);
        browser.logOut();
        browser.get("/login");

        assertThat(browser.focused("id")).as("the user name has the focus when the page opens").isEqualTo("username");
        browser.press(inspector.username());
        browser.press(Keys.TAB);
        assertThat(browser.focused("id")).isEqualTo("password");
        assertThat(browser.focusIndicator()).as("the password field shows its focus").isNotNull();
        browser.press(inspector.password());
        browser.press(Keys.TAB);
        assertThat(browser.focused("id")).isEqualTo("login");
        assertThat(browser.focusIndicator()).as("the button shows its focus").isNotNull();
        browser.press(Keys.SHIFT, Keys.TAB);
        assertThat(browser.focused("id")).isEqualTo("password");
        browser.pressAndWait(Keys.ENTER);

        assertThat(browser.path()).doesNotStartWith("/login");
        assertThat(browser.find(".who").getText()).isEqualTo(READER);
    }

    @Test
    void text_on_the_board_a_drive_the_register_and_the_login_page_meets_wcag_aa_contrast() {
        browser.logOut();
        browser.get("/login");
        assertContrast("/login");
        browser.get("/login?error");
        assertContrast("/login?error");

        logInAs(READER, Role.INSPECTOR, null, null);
        for (String page : PAGES) {
            browser.get(page);
            assertContrast(page);
        }
        browser.get(TRANG + "?asOf=2562-03-31");
        assertContrast(TRANG + "?asOf=2562-03-31");
        browser.get("/board?fiscalYear=2562&region=SOUTH&sort=level&dir=desc");
        assertContrast("the board filtered and sorted");

        browser.resize(Browser.PHONE);
        for (String page : PAGES) {
            browser.get(page);
            assertContrast(page + " at 390 px");
        }
    }

    /** Runs contrast.js in the page: every visible text at least 4.5:1 (3:1 when large), or the list of those below. */
    @SuppressWarnings("unchecked")
    private static void assertContrast(String page) {
        Map<String, Object> result = (Map<String, Object>) browser.script(CONTRAST);
        List<Map<String, Object>> failures = (List<Map<String, Object>>) result.get("failures");
        assertThat(((Number) result.get("checked")).intValue()).as("texts checked on %s", page).isPositive();
        System.out.printf("contrast on %s: %s texts, lowest %s%n", page, result.get("checked"), result.get("lowest"));
        assertThat(failures).as("texts below WCAG AA contrast on %s", page).isEmpty();
    }

    private static final String CONTRAST = resource("/pages/contrast.js");

    private static String resource(String name) {
        try (InputStream in = PagesAccessibilityIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no " + name + " on the test class path", e);
        }
    }
}
