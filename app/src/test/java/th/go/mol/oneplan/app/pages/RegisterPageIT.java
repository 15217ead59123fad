package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's board in a real browser: Phatthalung's FY 2565 pilot programme with one pilot tambon (Khuha Sawan,
 * 930101) whose three registered workers include one served, so 33.3% against the 30% target; the province's board
 * shows the district coverage and the tambon meeting the target, and opens the tambon's own board. An officer of
 * another province gets the 403 page; the national register is for inspectors and the ministry.
 */
class RegisterPageIT extends BrowserIT {
    private static final String PROGRAMME = "pilot-93-2565";
    private static final int TAMBON = 930101;
    private static final String CENTRE = "centre-930101-2565";
    private static final String WORKER = "worker-93010165-0000-4000-8000-00000000000";

    @BeforeEach
    void phatthalungHasAPilotTambonWithOneWorkerOfThreeServed() {
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':93,'fiscalYear':2565,"
                + "'name':'โครงการนำร่องศูนย์ฯ ตำบล จังหวัดพัทลุง','declaredOn':'2021-10-20'}"));
        if (declared.status() != 409) {
            assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
            Answer designated = post("/api/pilot-programmes/" + PROGRAMME + "/pilot-centres", json("{'centreId':'"
                    + CENTRE + "','subdistrictCode':" + TAMBON + ",'designatedOn':'2021-10-25'}"));
            assertThat(designated.status()).as("%s", designated.body()).isEqualTo(201);
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + TAMBON + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 1'},'establishedOn':'2021-11-01',"
                    + "'pilot':true,'programmeId':'" + PROGRAMME + "'}"));
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
            awaitGet("/api/tambon-centres/" + CENTRE, c -> c.has("centreId"));
            for (int n = 1; n <= 3; n++) {
                registeredWorker(WORKER + n, CENTRE, TAMBON, 93_012_000L + n, "2021-12-01");
            }
            Reply served = exchange(HttpMethod.POST, "/api/workers/" + WORKER + 1 + "/services",
                    json("{'service':'SKILLS_TRAINING','agency':'SKILL_DEVELOPMENT_OFFICE','deliveredOn':'2021-12-20'}"),
                    admin().basic());
            assertThat(served.status()).as("%s", served.body()).isEqualTo(201);
        }
        awaitGet("/api/pilot-programmes/" + PROGRAMME + "/targets",
                t -> t.path("tambons").path(0).path("servedWorkers").asLong() == 1
                        && t.path("tambons").path(0).path("registeredWorkers").asLong() == 3);
    }

    @Test
    void phatthalungs_officer_sees_the_pilot_tambon_at_33_percent_against_the_30_percent_target() {
        logInAs("officer93@pages", Role.PROVINCIAL_OFFICER, 93, null);

        browser.get("/register/provinces/93?fiscalYear=2565");

        assertThat(browser.text("#register-title")).contains("พัทลุง");
        assertThat(browser.text("#registered")).isEqualTo("3");
        assertThat(browser.text("#served")).isEqualTo("1 (33.3%)");
        assertThat(browser.text("#district-coverage")).startsWith("อำเภอที่มีตำบลนำร่อง 1 จาก");
        assertThat(browser.text("#tambon-" + TAMBON + " .share")).contains("33.3%");
        assertThat(browser.text("#tambon-" + TAMBON + " .met")).isEqualTo("ถึงเป้า 30% (met)");
        assertThat(browser.text("#open-grievances")).startsWith("0");
        browser.screenshot("register-province-93");

        browser.clickAndWait("#tambon-" + TAMBON + " a");
        assertThat(browser.path()).isEqualTo("/register/subdistricts/" + TAMBON);
        assertThat(browser.text("#registered")).isEqualTo("3");

        browser.resize(Browser.PHONE);
        browser.get("/register/provinces/93?fiscalYear=2565");
        assertThat(browser.overflowsSideways()).as("the register scrolls sideways at 390 px").isFalse();
        assertThat(browser.find("#tambon-" + TAMBON + " .met").isDisplayed()).isTrue();
        browser.screenshot("register-province-93-phone");
    }

    @Test
    void an_officer_of_another_province_gets_the_403_page_and_the_national_register_is_for_inspectors() {
        Login other = userWith("officer90@pages", Role.PROVINCIAL_OFFICER, 90, null);
        browser.logIn(other.username(), other.password());
        browser.get("/register/provinces/93?fiscalYear=2565");
        assertThat(browser.text("#forbidden")).contains("403");
        assertThat(browser.all("#registered")).isEmpty();
        browser.get("/register");
        assertThat(browser.text("#forbidden")).contains("403");

        logInAs(READER, Role.INSPECTOR, null, null);
        browser.get("/register");
        assertThat(browser.text("#register-title")).contains("(register of informal workers)");
        assertThat(browser.all("#part-93")).hasSize(1);
        browser.screenshot("register-national-inspector");
        browser.clickAndWait("#part-93 a");
        assertThat(browser.path()).isEqualTo("/register/provinces/93");
    }
}
