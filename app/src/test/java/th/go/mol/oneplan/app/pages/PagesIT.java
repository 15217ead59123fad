package th.go.mol.oneplan.app.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.trang.TrangDemo;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (headless Chromium, docs/pages.md), on the Trang FY 2562 demo played through the API:
 * each role logs in with the form, opens the national board and Trang's drive page, and finds the demo's figures
 * there (KPI levels with their Buddhist Era dates, the budget in baht as the API gives it); an officer of another
 * province and centre staff get a 403 page and none of Trang's data; the pages fit a phone's width. Screenshots of
 * every page land in target/screenshots/.
 */
class PagesIT extends BrowserIT {
    private static final String TRANG = "/drives/92-2562";

    @BeforeEach
    void trangHasRecordedItsYear() {
        trangsYearIsRecordedAndRead();
    }

    @Test
    void an_inspector_finds_trang_at_level_5_on_the_national_board_with_its_budget() {
        JsonNode budget = get(TrangDemo.DRIVE + "/budget").body().get("totals").get("figures");
        String spent = baht(budget.get("spent").get("baht").decimalValue());
        String allocated = baht(budget.get("allocated").get("baht").decimalValue());
        logInAs(READER, Role.INSPECTOR, null, null);

        browser.get("/board?fiscalYear=2562");

        assertThat(browser.all("#board tbody tr")).as("every province of Thailand").hasSize(77);
        assertThat(browser.text("#province-92 .level")).isEqualTo("5");
        assertThat(browser.text("#province-92 .level-name")).contains("ระดับ 5");
        assertThat(browser.find("#province-92 .level").getAttribute("class")).contains("level-5");
        assertThat(browser.text("#province-92 .reached")).isEqualTo("30 ก.ย. 2562");
        assertThat(browser.text("#province-92 .budget")).contains(spent + " / " + allocated);
        browser.screenshot("board-inspector");

        // Filtered to the south at level 5, sorted by level: Trang is there, the north is not.
        browser.get("/board?fiscalYear=2562&region=SOUTH&level=5&sort=level&dir=desc");
        assertThat(browser.all("#province-92")).hasSize(1);
        assertThat(browser.all("#province-50")).isEmpty();
        assertThat(browser.text(".count")).contains("provinces");
        browser.get("/board?fiscalYear=2562&region=SOUTH&sort=level&dir=desc");
        assertThat(browser.text("#board tbody tr:first-child .level")).isEqualTo("5");
        browser.screenshot("board-south");

        // The row opens the drive.
        browser.clickAndWait("#province-92 a.drive-link");
        assertThat(browser.path()).isEqualTo(TRANG);
    }

    @Test
    void an_inspector_reads_trangs_steps_levels_evidence_budget_inspections_and_audit_trail() {
        JsonNode budget = get(TrangDemo.DRIVE + "/budget").body().get("totals").get("figures");
        logInAs(READER, Role.INSPECTOR, null, null);

        browser.get(TRANG);

        assertThat(browser.text("#drive-title")).contains("ตรัง").contains("2562");
        assertThat(browser.text("#current-level")).isEqualTo("5");
        assertThat(browser.all(".timeline > li")).hasSize(6);
        assertThat(browser.text("#level-1 .level-reached")).contains("20 ธ.ค. 2561");
        assertThat(browser.text("#level-2 .level-reached")).contains("15 ม.ค. 2562");
        assertThat(browser.text("#level-3 .level-reached")).contains("13 ก.พ. 2562");
        assertThat(browser.text("#level-4 .level-reached")).contains("5 มี.ค. 2562");
        assertThat(browser.text("#level-5 .level-reached")).contains("30 ก.ย. 2562");
        assertThat(browser.text("#level-5 .evidence")).contains("ตง 0027/1082").contains("secretary@trang");
        assertThat(browser.text("#level-1 .evidence")).contains("4567/2561");
        assertThat(browser.text("#budget-allocated")).isEqualTo(baht(budget.get("allocated").get("baht").decimalValue()) + " บาท");
        assertThat(browser.text("#budget-spent")).isEqualTo(baht(budget.get("spent").get("baht").decimalValue()) + " บาท");
        assertThat(browser.all("#chart-by-agency li")).isNotEmpty();
        assertThat(browser.all("#chart-by-month li svg rect.spent")).isNotEmpty();
        assertThat(browser.text("#inspections")).isNotBlank();
        assertThat(browser.pageText()).contains("นายอภิญญา สุจริตตานันท์");
        assertThat(browser.all("#plan-versions tbody tr")).hasSize(2);
        assertThat(browser.all("#plan-comparison thead th")).as("the projects' column and one per version").hasSize(3);
        assertThat(browser.all("#plan-comparison .flag")).as("what version 2 changed").isNotEmpty();
        assertThat(browser.find("#calendar-grid, #calendar-missing").isDisplayed()).isTrue();
        browser.screenshot("drive-inspector");

        // The audit trail, 20 entries a page.
        long entries = get(TrangDemo.DRIVE + "/audit?page=0&size=1").body().get("totalEntries").asLong();
        assertThat(browser.text("#audit-count")).startsWith(entries + " รายการ").endsWith("หน้า 1 / " + (entries + 19) / 20);
        browser.clickAndWait("#audit-next");
        assertThat(browser.text("#audit-count")).contains("หน้า 2 / ");

        // The audit trail, filtered to the monthly reports: the demo sent ten.
        browser.find("#auditType").sendKeys("MonthlyReportSubmitted");
        browser.clickAndWait("#filter-audit");
        assertThat(browser.text("#audit-count")).startsWith("10 รายการ");
        assertThat(browser.all("#audit-table tbody tr")).hasSize(10);
        assertThat(browser.all("#audit-table .event-type")).allSatisfy(
                cell -> assertThat(cell.getText()).isEqualTo("MonthlyReportSubmitted"));
        browser.screenshot("drive-audit-filtered");
    }

    @Test
    void time_travel_reads_trang_as_it_stood_at_the_end_of_march_2019() {
        logInAs(READER, Role.INSPECTOR, null, null);
        browser.get(TRANG);

        browser.find("#asOf").sendKeys("2562-03-31");
        browser.clickAndWait("#read-at");

        assertThat(browser.path()).startsWith(TRANG + "?asOf=");
        assertThat(browser.text("#current-level")).isEqualTo("4");
        assertThat(browser.text("#level-5 .level-reached")).contains("ยังไม่ถึงระดับ 5");
        assertThat(browser.text("#basis")).contains("31 มี.ค. 2562");
        assertThat(browser.find("#summary-pdf").getAttribute("href")).contains("asOf=2019-03-31");
        browser.screenshot("drive-as-of-2562-03-31");
    }

    @Test
    void the_one_goal_summary_link_gives_the_printable_pdf_to_the_logged_in_session() {
        logInAs(READER, Role.INSPECTOR, null, null);
        browser.get(TRANG);
        String href = browser.find("#summary-pdf").getAttribute("href");

        ResponseEntity<byte[]> pdf = pages().get().uri(href)
                .header(HttpHeaders.COOKIE, "JSESSIONID=" + browser.sessionCookie()).retrieve().toEntity(byte[].class);

        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void trangs_own_officer_and_the_ministry_see_trangs_page() {
        logInAs("officer92@pages", Role.PROVINCIAL_OFFICER, 92, null);
        browser.get(TRANG);
        assertThat(browser.text("#current-level")).isEqualTo("5");
        browser.screenshot("drive-officer-92");

        browser.logIn(ADMIN, admin().password());
        browser.get("/board?fiscalYear=2562");
        assertThat(browser.text("#province-92 .level")).isEqualTo("5");
        browser.get(TRANG);
        assertThat(browser.text("#current-level")).isEqualTo("5");
    }

    @Test
    void an_officer_of_another_province_and_centre_staff_get_a_403_page_with_none_of_trangs_data() {
        logInAs("officer90@pages", Role.PROVINCIAL_OFFICER, 90, null);
        browser.get(TRANG);
        assertThat(browser.text("#forbidden")).contains("403");
        assertThat(browser.pageText()).contains("outside your scope").doesNotContain("นางวริญญา")
                .doesNotContain("ตง 0027/1082");
        assertThat(browser.all("#current-level")).isEmpty();
        browser.screenshot("forbidden-officer-90");
        browser.get(TRANG + "/one-goal-summary.pdf");
        assertThat(browser.text("#forbidden")).contains("403");

        logInAs("staff@pages", Role.CENTRE_STAFF, null, 920606);
        browser.get(TRANG);
        assertThat(browser.text("#forbidden")).contains("403");
        assertThat(browser.pageText()).doesNotContain("นางวริญญา");
    }

    @Test
    void a_visitor_must_log_in_and_a_wrong_password_is_refused() {
        browser.logOut();
        browser.get(TRANG);
        assertThat(browser.path()).startsWith("/login");
        browser.screenshot("login");

        browser.logIn(READER, "not-the-password-at-all");
        assertThat(browser.path()).startsWith("/login?error");
        assertThat(browser.text("#login-error")).contains("wrong user name or password");
        assertThat(browser.all("#current-level")).isEmpty();
    }

    @Test
    void the_board_and_the_drive_page_fit_a_phones_width() {
        logInAs(READER, Role.INSPECTOR, null, null);
        browser.resize(Browser.PHONE);

        browser.get("/board?fiscalYear=2562");
        assertThat(browser.overflowsSideways()).as("the board scrolls sideways at 390 px").isFalse();
        assertThat(browser.find("#province-92 .level").isDisplayed()).isTrue();
        assertThat(browser.find("#province-92 .budget").isDisplayed()).isTrue();
        browser.screenshot("board-phone");
        browser.screenshotOfWindow("board-phone-top");

        browser.get(TRANG);
        assertThat(browser.overflowsSideways()).as("the drive page scrolls sideways at 390 px").isFalse();
        assertThat(browser.find("#current-level").isDisplayed()).isTrue();
        browser.screenshot("drive-phone");
        browser.screenshotOfWindow("drive-phone-top");
    }

    @Test
    void pages_have_their_own_session_chain_while_the_api_stays_stateless() {
        ResponseEntity<String> login = pages().get().uri(base() + "/login").retrieve().toEntity(String.class);
        assertThat(login.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(PagesSecurity.CONTENT_SECURITY_POLICY);
        assertThat(login.getBody()).contains("name=\"_csrf\"").doesNotContain("https://");

        ResponseEntity<String> anonymous = pages().get().uri(base() + TRANG).retrieve().toEntity(String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(302);
        assertThat(anonymous.getHeaders().getLocation().toString()).endsWith("/login");

        ResponseEntity<String> api = pages().get().uri(base() + "/api/drives/92-2562").retrieve().toEntity(String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();

        // The pages are not part of the API's description.
        String description = pages().get().uri(base() + "/v3/api-docs").retrieve().body(String.class);
        assertThat(description).contains("\"/api/drives\"").doesNotContain("\"/board\"")
                .doesNotContain("\"/drives/{driveId}\"").doesNotContain("\"/register\"");

        // A form posted without the CSRF token is refused.
        ResponseEntity<String> forged = pages().post().uri(base() + "/login")
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=" + READER + "&password=x").retrieve().toEntity(String.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
    }

    /** A client of the pages, outside the API contract check, that follows no redirect. */
    private static RestClient pages() {
        return RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER).build()))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .build();
    }

    private static String baht(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
