package th.go.mol.oneplan.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad parameters and unknown ids on every query endpoint: a 4xx problem naming what is wrong, never a 5xx. */
class QueryBadInputIT extends LedgerIntegrationTest {

    @ParameterizedTest(name = "GET {0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "/api/drives                               | 400 | fiscalYear",
            "/api/drives?fiscalYear=abc                | 400 | fiscalYear",
            "/api/drives?fiscalYear=1999               | 400 | fiscalYear",
            "/api/drives?fiscalYear=2562%27%20or%201=1 | 400 | fiscalYear",
            "/api/drives/not-a-drive                   | 400 | driveId",
            "/api/drives/92-25620                      | 400 | driveId",
            "/api/drives/91-2599                       | 404 |",
            "/api/drives/not-a-drive/kpi               | 400 | driveId",
            "/api/drives/91-2599/kpi                   | 404 |",
            "/api/drives/91-2599/audit                 | 404 |",
            "/api/drives/92-2562/audit?page=-1         | 400 | page",
            "/api/drives/92-2562/audit?size=0          | 400 | size",
            "/api/drives/92-2562/audit?size=100000     | 400 | size",
            "/api/drives/92-2562/audit?size=ten        | 400 | size",
            "/api/kpi/rollup                           | 400 | fiscalYear",
            "/api/kpi/rollup?fiscalYear=99999          | 400 | fiscalYear",
            "/api/no-such-thing                        | 404 |",
    })
    void bad_queries_are_refused_with_a_problem(String path, int status, String field) {
        Answer answer = get(path);

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(status);
        JsonNode problem = answer.body();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        }
    }

    @ParameterizedTest(name = "POST {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/admin/projections/no-such-group/replay | 404",
            "/api/drives/92-2562/kpi                     | 405",
    })
    void operator_endpoints_refuse_what_they_do_not_know(String path, int status) {
        assertThat(post(path, "{}").status()).isEqualTo(status);
    }
}
