package th.go.mol.oneplan.app.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national board's map of Thailand in a real browser (headless Chromium, docs/pages.md), on the Trang FY 2562
 * demo: 77 provinces, Trang filled as level 5 and linked to its drive, a province without a drive saying so, the
 * level readable without colour (a pattern per level, the key with each level's number), the map's attribution, the
 * board's filters greying what they leave out, and a phone's width. Screenshots land in target/screenshots/.
 */
class BoardMapIT extends BrowserIT {
    private static final String TRANG = "/drives/92-2562";

    @BeforeEach
    void trangHasRecordedItsYearAndAnInspectorIsLoggedIn() {
        trangsYearIsRecordedAndRead();
        logInAs("inspector@board-map", Role.INSPECTOR, null, null);
    }

    @Test
    void an_inspector_sees_trang_at_level_5_on_the_map_and_opens_its_drive_from_it() {
        int withoutDrive = aProvinceWithoutADriveIn2562();

        browser.get("/board?fiscalYear=2562");

        assertThat(browser.all("#board-map .map-province")).as("a shape for every province of Thailand").hasSize(77);
        WebElement trang = browser.find("#map-92");
        assertThat(trang.getTagName()).as("Trang has a drive: its shape is a link").isEqualTo("a");
        assertThat(trang.getDomAttribute("href")).isEqualTo(TRANG);
        assertThat(titleOf("#map-92")).contains("ตรัง").contains("Trang").contains("KPI level 5")
                .contains("30 ก.ย. 2562");
        assertThat(browser.find("#map-92 path").getDomAttribute("class")).contains("map-level-5")
                .doesNotContain("map-filtered");
        // Never colour alone: level 5 is filled with its own hatched pattern, and the key gives each level's number.
        assertThat(fillOf("#map-92 path")).contains("#map-fill-5");
        assertThat(browser.all("#map-fill-5 path.map-ink")).hasSize(1);
        assertThat(browser.all("#map-legend li")).hasSize(8);
        assertThat(browser.text("#map-key-5 .level")).isEqualTo("5");
        assertThat(browser.text("#map-key-5")).contains("ระดับ 5");
        assertThat(browser.text("#map-key-none")).contains("no drive");
        assertThat(browser.text("#map-attribution")).contains("@svg-maps/thailand 2.0.0")
                .contains("Tae Noppakun Wongsrinoppakun").contains("CC BY 4.0");

        // A province without a drive says so and is no link.
        String other = "#map-" + withoutDrive;
        assertThat(browser.find(other).getTagName()).isEqualTo("g");
        assertThat(browser.all(other + " a")).isEmpty();
        assertThat(titleOf(other)).contains("no drive").doesNotContain("KPI level");
        assertThat(browser.find(other + " path").getDomAttribute("class")).contains("map-level-none");
        browser.screenshot("board-map");
        browser.script("arguments[0].scrollIntoView();", browser.find("#board-map-section"));
        browser.screenshotOfWindow("board-map-window");

        browser.clickAndWait("#map-92");
        assertThat(browser.path()).isEqualTo(TRANG);
        assertThat(browser.text("#current-level")).isEqualTo("5");
    }

    @Test
    void the_boards_filters_grey_out_the_provinces_they_leave_out() {
        browser.get("/board?fiscalYear=2562&region=SOUTH&level=5");

        assertThat(browser.all("#board-map .map-province")).as("the whole country stays drawn").hasSize(77);
        assertThat(browser.find("#map-92 path").getDomAttribute("class")).doesNotContain("map-filtered");
        assertThat(browser.find("#map-50 path").getDomAttribute("class")).contains("map-filtered");
        assertThat(titleOf("#map-50")).contains("Chiang Mai").contains("filtered out");
        assertThat(fillOf("#map-50 path")).doesNotContain("url(");
        browser.screenshot("board-map-south-level-5");

        browser.get("/board?fiscalYear=2562&level=none");
        assertThat(browser.find("#map-92 path").getDomAttribute("class")).contains("map-level-5").contains("map-filtered");
        assertThat(titleOf("#map-92")).contains("KPI level 5").contains("filtered out");
    }

    @Test
    void the_map_fits_a_phones_width() {
        browser.resize(Browser.PHONE);
        browser.get("/board?fiscalYear=2562");

        assertThat(browser.overflowsSideways()).as("the board with its map scrolls sideways at 390 px").isFalse();
        WebElement map = browser.find("#board-map");
        assertThat(map.isDisplayed()).isTrue();
        assertThat(map.getRect().getWidth()).isBetween(200, Browser.PHONE.width);
        browser.script("arguments[0].scrollIntoView();", map);
        browser.screenshotOfWindow("board-map-phone");
    }

    private static String titleOf(String css) {
        return browser.find(css + " > title").getDomProperty("textContent");
    }

    private static String fillOf(String css) {
        return (String) browser.script("return getComputedStyle(arguments[0]).fill;", browser.find(css));
    }

    /** Other tests sharing this service may start drives of their own: ask which provinces have none. */
    private int aProvinceWithoutADriveIn2562() {
        JsonNode drives = get("/api/drives?fiscalYear=2562").body();
        Set<Integer> with = new HashSet<>();
        drives.findValues("provinceCode").forEach(code -> with.add(code.asInt()));
        return ThaiGeography.load().provinces().stream().map(Province::code).filter(code -> !with.contains(code))
                .findFirst().orElseThrow();
    }
}
