package th.go.mol.oneplan.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query parameter an endpoint does not take is a 400 naming it, never silently ignored: a client asking for the
 * KPI as of a day with a misspelt parameter must not get today's answer as if it had been understood. (The KPI takes
 * asOf and recordedAsOf since time travel, docs/time-travel.md.)
 */
class UnknownQueryParametersIT extends LedgerIntegrationTest {

    @Test
    void a_parameter_the_endpoint_does_not_take_is_a_400_naming_it() {
        String drive = startedDrive(37);

        Answer asOf = get(drive + "/kpi?as_of=2019-03-31");

        assertThat(asOf.status()).as("%s", asOf.body()).isEqualTo(400);
        JsonNode error = asOf.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("as_of");
        assertThat(error.get("rule").asText()).isEqualTo("unknown-parameter");
        assertThat(error.get("message").asText()).contains("asOf", "recordedAsOf");
    }

    @Test
    void the_parameters_an_endpoint_takes_are_named_in_the_answer_and_still_work() {
        Answer misspelt = get("/api/drives?fiscalyear=2563");

        assertThat(misspelt.status()).as("%s", misspelt.body()).isEqualTo(400);
        assertThat(misspelt.body().get("errors").get(0).get("field").asText()).isEqualTo("fiscalyear");
        assertThat(misspelt.body().get("errors").get(0).get("message").asText()).contains("fiscalYear");
        assertThat(get("/api/drives?fiscalYear=2563").status()).isEqualTo(200);
    }
}
