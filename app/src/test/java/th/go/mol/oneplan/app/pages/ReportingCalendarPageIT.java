package th.go.mol.oneplan.app.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting calendar on a drive's page, one cell per report due, read in a real browser against what
 * {@code GET /api/drives/{id}/reporting-calendar} answers for the same drive and day (docs/reporting-calendar.md).
 *
 * <p>Given Nakhon Si Thammarat's drive of FY 2561 (80-2561: no other test uses province 80 in FY 2561, nor declares
 * FY 2561's rules) and the ministry's rules for FY 2561 (first report October-November 2017 due 5 December 2017,
 * then one a month due on the 5th of the next month, so eleven reports), when the province sends nine reports on
 * time, December's seven days late (12 January 2018, due 5 January) and never sends May's (due 5 June 2018), then
 * an inspector reads, today (every report long due), nine cells "on time", one "late" by 7 days and one "missing",
 * each as the API says; and on 10 June 2018 (the time-travel form's {@code asOf}) May's report is 5 days overdue and
 * the months after it are not yet due.
 */
class ReportingCalendarPageIT extends BrowserIT {
    private static final String DRIVE = "80-2561";
    private static final String API = "/api/drives/" + DRIVE;
    private static final String RULES_2561 = "/api/fiscal-years/2561/reporting-rules";
    /** What a cell says of each status the API answers: the Thai word, then the English one. */
    private static final Map<String, String> WORDS = Map.of("ON_TIME", "ตรงเวลา (on time)", "LATE", "ล่าช้า (late)",
            "MISSING", "ไม่ได้ส่ง (missing)", "NOT_YET_DUE", "ยังไม่ถึงกำหนด (not yet due)");
    private static boolean played;

    @BeforeEach
    void nakhonSiThammaratSentNineReportsOnTimeOneLateAndNotMays() {
        synchronized (ReportingCalendarPageIT.class) {
            if (!played) {
                Reply rules = exchange(HttpMethod.POST, RULES_2561, json("{'letterNumber':'รง 0209.2/ว2561',"
                        + "'letterDate':'2017-11-20','forms':['62-1'],'firstPeriodFrom':'2017-10',"
                        + "'firstPeriodTo':'2017-11','firstDueDate':'2017-12-05','monthlyDueDay':5}"), admin().basic());
                assertThat(rules.status()).as("%s", rules.body()).isEqualTo(201);
                created(post("/api/drives", json("{'provinceCode':80,'fiscalYear':2561,'leadOfficer':{'name':"
                        + "'นางสาวกนกพร ใจดี','position':'แรงงานจังหวัดนครศรีธรรมราช'},'leadAssignedOn':'2017-10-16'}")));
                report("2017-10", "2017-11", "2017-12-04");
                report("2017-12", "2017-12", "2018-01-12"); // due 5 January: 7 days late
                report("2018-01", "2018-01", "2018-02-05"); // on the due day: on time
                report("2018-02", "2018-02", "2018-03-02");
                report("2018-03", "2018-03", "2018-04-03");
                report("2018-04", "2018-04", "2018-05-04");
                // May's report (due 5 June 2018) is never sent.
                report("2018-06", "2018-06", "2018-07-05");
                report("2018-07", "2018-07", "2018-08-01");
                report("2018-08", "2018-08", "2018-09-04");
                report("2018-09", "2018-09", "2018-10-03");
                played = true;
            }
        }
        awaitGet(RULES_2561, r -> r.path("inForce").path("version").asInt() == 1);
        awaitGet(API + "/reporting-calendar", c -> c.get("reports").findValuesAsText("status").stream()
                .filter("ON_TIME"::equals).count() == 9);
    }

    @Test
    void an_inspector_reads_each_months_report_on_time_late_or_missing_as_the_api_says() {
        JsonNode calendar = get(API + "/reporting-calendar").body();
        assertThat(statuses(calendar)).as("the API's calendar today").containsExactly("ON_TIME", "LATE", "ON_TIME",
                "ON_TIME", "ON_TIME", "ON_TIME", "MISSING", "ON_TIME", "ON_TIME", "ON_TIME", "ON_TIME");
        logInAs(READER, Role.INSPECTOR, null, null);

        browser.get("/drives/" + DRIVE);

        assertThat(browser.all("#calendar-missing")).isEmpty();
        assertThatTheGridSaysWhatTheApiSays(calendar);
        assertThat(browser.text("#calendar-grid li:first-child .period")).isEqualTo("ต.ค. 2560 – พ.ย. 2560");
        WebElement december = browser.find("#report-2017-12");
        assertThat(december.getText()).contains("ล่าช้า (late)").contains("กำหนด 5 ม.ค. 2561 (due)")
                .contains("ส่ง 12 ม.ค. 2561 (sent)").contains("ช้า 7 วัน (days late)");
        WebElement january = browser.find("#report-2018-01");
        assertThat(january.getText()).as("sent on the due day").contains("ตรงเวลา (on time)")
                .contains("ส่ง 5 ก.พ. 2561 (sent)").doesNotContain("ช้า");
        WebElement may = browser.find("#report-2018-05");
        assertThat(may.getText()).contains("ไม่ได้ส่ง (missing)").contains("กำหนด 5 มิ.ย. 2561 (due)")
                .contains("เกินกำหนด").contains("(days overdue)").doesNotContain("(sent)");
        assertThat(browser.pageText()).contains("ส่งตรงเวลา " + Math.round(calendar.get("complianceRate").asDouble()
                * 100) + "% (on time)");
        // Colour is only beside the words: a missing report also differs from the others by its dashed border.
        assertThat(may.getCssValue("border-top-style")).isEqualTo("dashed");
        assertThat(december.getCssValue("border-top-style")).isEqualTo("solid");
        browser.screenshot("drive-reporting-calendar-80-2561");
        browser.screenshotOf("#calendar-grid", "reporting-calendar-grid-80-2561");
    }

    @Test
    void read_on_10_june_2018_mays_report_is_five_days_overdue_and_the_months_after_it_not_yet_due() {
        JsonNode calendar = get(API + "/reporting-calendar?asOf=2018-06-10").body();
        assertThat(statuses(calendar)).containsExactly("ON_TIME", "LATE", "ON_TIME", "ON_TIME", "ON_TIME",
                "ON_TIME", "MISSING", "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE");
        logInAs(READER, Role.INSPECTOR, null, null);
        browser.get("/drives/" + DRIVE);

        browser.find("#asOf").sendKeys("2561-06-10");
        browser.clickAndWait("#read-at");

        assertThat(browser.path()).startsWith("/drives/" + DRIVE + "?asOf=");
        assertThatTheGridSaysWhatTheApiSays(calendar);
        assertThat(browser.text("#report-2018-05 .overdue")).isEqualTo("เกินกำหนด 5 วัน (days overdue)");
        assertThat(browser.text("#report-2018-06")).contains("ยังไม่ถึงกำหนด (not yet due)").doesNotContain("(sent)");
        browser.screenshotOf("#calendar-grid", "reporting-calendar-grid-80-2561-as-of-2561-06-10");
    }

    /** Each cell, in order, names its period's status in words as the API's calendar gives it, and how late. */
    private static void assertThatTheGridSaysWhatTheApiSays(JsonNode calendar) {
        JsonNode reports = calendar.get("reports");
        List<WebElement> cells = browser.all("#calendar-grid > li");
        assertThat(cells).as("one cell per report due").hasSize(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            JsonNode report = reports.get(i);
            String period = report.get("periodFrom").asText();
            WebElement cell = cells.get(i);
            assertThat(cell.getAttribute("id")).isEqualTo("report-" + period);
            String status = report.get("status").asText();
            assertThat(cell.findElement(org.openqa.selenium.By.cssSelector(".status")).getText())
                    .as("the status of %s", period).isEqualTo(WORDS.get(status));
            long daysLate = report.get("daysLate").asLong();
            if (status.equals("LATE")) {
                assertThat(cell.getText()).contains("ช้า " + daysLate + " วัน (days late)");
            } else if (status.equals("MISSING")) {
                assertThat(cell.getText()).contains("เกินกำหนด " + daysLate + " วัน (days overdue)");
            } else {
                assertThat(cell.getText()).doesNotContain("วัน (days");
            }
            assertThat(cell.getText().contains("(sent)")).as("%s shows the day it was sent", period)
                    .isEqualTo(!report.get("submittedOn").isNull());
        }
    }

    private static List<String> statuses(JsonNode calendar) {
        List<String> statuses = new ArrayList<>();
        calendar.get("reports").forEach(r -> statuses.add(r.get("status").asText()));
        return statuses;
    }

    private void report(String from, String to, String on) {
        created(post(API + "/monthly-reports", json("{'form':'62-1','periodFrom':'" + from + "','periodTo':'" + to
                + "','submittedOn':'" + on + "','summary':'ความคืบหน้าการขับเคลื่อนประจำเดือน'}")));
    }

    private static void created(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    }
}
