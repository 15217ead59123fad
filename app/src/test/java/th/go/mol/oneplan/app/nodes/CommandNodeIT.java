package th.go.mol.oneplan.app.nodes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With profile {@code command} the node takes commands and serves no queries. The context is closed after the
 * class so that, on a shared database, it never outlives the tests that need it.
 */
@ActiveProfiles({"test", "command"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommandNodeIT extends LedgerIntegrationTest {
    @Autowired
    ApplicationContext context;

    @Test
    void a_command_node_records_acts_but_answers_no_queries() {
        Answer started = post("/api/drives", json("{'provinceCode':95,'fiscalYear':2562,'leadOfficer':{'name':'L',"
                + "'position':'P'},'leadAssignedOn':'2018-10-22'}"));

        assertThat(started.status()).isEqualTo(201);
        assertThat(get("/api/drives/95-2562").status()).isIn(404, 405);
        assertThat(context.getBeanNamesForType(ProjectionProcessing.class)).as("no projection runs here").isEmpty();
    }
}
