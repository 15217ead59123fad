package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrowserTest {

    @Test
    void without_chromium_the_browser_tests_fail_saying_what_to_install() {
        assertThatThrownBy(() -> Browser.open("http://127.0.0.1:1", "/nonexistent/chromium", "/nonexistent/chromedriver"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("/nonexistent/chromium");
    }
}
