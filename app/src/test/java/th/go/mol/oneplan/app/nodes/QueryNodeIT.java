package th.go.mol.oneplan.app.nodes;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ActiveProfiles({"test", "query"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class QueryNodeIT extends LedgerIntegrationTest {

    @Test
    void a_query_node_answers_queries_but_takes_no_commands() {
        long before = eventsInStore();

        Answer command = post("/api/drives", json("{'provinceCode':96,'fiscalYear':2562,'leadOfficer':{'name':'L',"
                + "'position':'P'},'leadAssignedOn':'2018-10-22'}"));

        assertThat(command.status()).isIn(404, 405);
        assertThat(get("/api/drives?fiscalYear=2562").status()).isEqualTo(200);
        assertThat(eventsInStore()).isEqualTo(before);
    }
}
