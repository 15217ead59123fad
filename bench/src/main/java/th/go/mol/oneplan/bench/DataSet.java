package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The national data set every measure works on, sent through the real HTTP API: the users, each province's pilot
 * programme and tambon centres, and each province's full drive of the fiscal year (the Trang demo adapted, with a
 * correction of its first field visit), recorded by the province's officer and its inspection by an inspector.
 */
final class DataSet {
    static final String OFFICER_PASSWORD = "bench-officer-password";
    static final String INSPECTOR_PASSWORD = "bench-inspector-password";

    private DataSet() {
    }

    static void users(Run run) {
        Api api = run.api;
        run.adminToken = api.login("admin", Service.ADMIN_PASSWORD);
        Api.Reply me = api.get("/api/me", run.adminToken);
        if (me.status() == 403 && me.body().contains("password-change-required")) {
            api.must(api.post("/api/me/password", run.adminToken, Api.JSON.createObjectNode()
                    .put("currentPassword", Service.ADMIN_PASSWORD).put("newPassword", Service.ADMIN_PASSWORD + "-2")),
                    "admin's password change");
            run.adminToken = api.login("admin", Service.ADMIN_PASSWORD + "-2");
        }
        api.must(api.post("/api/admin/users", run.adminToken, Api.JSON.createObjectNode().put("username", "bench.inspector")
                .put("password", INSPECTOR_PASSWORD).put("role", "INSPECTOR").put("mustChangePassword", false)),
                "the inspector");
        run.inspectorToken = api.login("bench.inspector", INSPECTOR_PASSWORD);
        for (Geography.Province province : run.provinces) {
            String name = "bench.officer." + province.code();
            api.must(api.post("/api/admin/users", run.adminToken, Api.JSON.createObjectNode().put("username", name)
                    .put("password", OFFICER_PASSWORD).put("role", "PROVINCIAL_OFFICER")
                    .put("provinceCode", province.code()).put("mustChangePassword", false)), "officer " + name);
            run.officerTokens.put(province.code(), api.login(name, OFFICER_PASSWORD));
        }
    }

    /** Each province's pilot programme and its tambon centres, one per district (up to ten). */
    static void centres(Run run) throws InterruptedException {
        int year = Run.FISCAL_YEAR;
        int ce = year - 543;
        Latencies sent = Load.run(8, run.provinces.size(), (n, client) -> {
            Geography.Province province = run.provinces.get(n);
            Api api = run.api;
            String programme = "pilot-%02d-%d".formatted(province.code(), year);
            api.must(api.post("/api/pilot-programmes", run.adminToken, Api.JSON.createObjectNode()
                    .put("provinceCode", province.code()).put("fiscalYear", year)
                    .put("name", "โครงการนำร่องศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบ จังหวัด" + province.nameTh())
                    .put("declaredOn", (ce - 1) + "-10-20")), "programme " + programme);
            for (int site : Workers.centreSites(province)) {
                String centre = Workers.centreId(site, year);
                api.must(api.post("/api/pilot-programmes/" + programme + "/pilot-centres", run.adminToken,
                        Api.JSON.createObjectNode().put("centreId", centre).put("subdistrictCode", site)
                                .put("designatedOn", (ce - 1) + "-11-01")), "designation of " + centre);
                ObjectNode body = Api.JSON.createObjectNode().put("centreId", centre).put("subdistrictCode", site);
                body.putObject("venue").put("kind", "VILLAGE_HALL").put("name", "ศาลาประชาคม หมู่ที่ 1");
                body.put("establishedOn", (ce - 1) + "-11-15").put("pilot", true).put("programmeId", programme);
                api.must(api.post("/api/tambon-centres", run.adminToken, body), "centre " + centre);
            }
            return true;
        });
        if (sent.errors() > 0) {
            throw new IllegalStateException(sent.errors() + " provinces' centres could not be set up");
        }
    }

    /**
     * Every province's full drive of the year, provinces in parallel (8 clients), each drive's requests in order.
     * Answers the number of requests sent.
     */
    static int drives(Run run, int fiscalYear, boolean untilPlanApproved, List<Geography.Province> provinces)
            throws InterruptedException {
        AtomicInteger requests = new AtomicInteger();
        Latencies sent = Load.run(Math.min(8, provinces.size()), provinces.size(), (n, client) -> {
            Geography.Province province = provinces.get(n);
            String corrected = null;
            for (DriveScript.Step step : run.script.drive(province, fiscalYear, untilPlanApproved)) {
                String token = step.byInspector() ? run.inspectorToken : run.officer(province.code());
                Api.Reply reply = run.api.must(run.api.post(step.path(), token, step.body()), step.path());
                requests.incrementAndGet();
                if (corrected == null && step.path().endsWith("/field-visits") && !untilPlanApproved) {
                    // A mistake found later: the first visit reached more people than recorded.
                    corrected = reply.json().get("eventId").asText();
                    int people = step.body().get("peopleReached").asInt() + 5;
                    ObjectNode correction = Api.JSON.createObjectNode().put("correctsEventId", corrected)
                            .put("whatWasWrong", "นับผู้เข้าร่วมจากใบลงทะเบียนไม่ครบ")
                            .put("correctedOn", (fiscalYear - 543) + "-04-01");
                    correction.putArray("corrections").addObject().put("field", "peopleReached")
                            .put("correctedValue", String.valueOf(people));
                    run.api.must(run.api.post(step.path().replace("/field-visits", "/corrections"),
                            run.officer(province.code()), correction), "correction of " + corrected);
                    requests.incrementAndGet();
                }
            }
            return true;
        });
        if (sent.errors() > 0) {
            throw new IllegalStateException(sent.errors() + " drives could not be recorded");
        }
        return requests.get();
    }
}
