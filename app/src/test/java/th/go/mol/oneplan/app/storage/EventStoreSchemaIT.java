package th.go.mol.oneplan.app.storage;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EventStoreSchemaIT extends LedgerIntegrationTest {

    @Test
    void no_table_keeps_anything_in_oid_large_objects() {
        List<Map<String, Object>> oidColumns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = current_schema() and data_type = 'oid'");

        assertThat(oidColumns).isEmpty();
    }

    @Test
    void every_axon_payload_metadata_and_token_column_is_bytea() {
        List<String> columns = jdbc.queryForList("select table_name || '.' || column_name || ':' || data_type from "
                + "information_schema.columns where table_schema = current_schema() and table_name in "
                + "('domainevententry','snapshotevententry','tokenentry','sagaentry','deadletterentry') and column_name in "
                + "('payload','metadata','token','serializedsaga','diagnostics') order by 1", String.class);

        assertThat(columns).containsExactlyInAnyOrder(
                "domainevententry.payload:bytea", "domainevententry.metadata:bytea",
                "snapshotevententry.payload:bytea", "snapshotevententry.metadata:bytea",
                "tokenentry.token:bytea", "sagaentry.serializedsaga:bytea",
                "deadletterentry.payload:bytea", "deadletterentry.metadata:bytea",
                "deadletterentry.token:bytea", "deadletterentry.diagnostics:bytea");
    }

    @Test
    void events_are_stored_as_readable_json() {
        post("/api/drives", json("{'provinceCode':86,'fiscalYear':2563,'leadOfficer':{'name':'A','position':'B'},"
                + "'leadAssignedOn':'2019-10-15'}"));

        String leadAssignedOn = jdbc.queryForObject("select convert_from(payload, 'UTF8')::jsonb ->> 'businessDate' "
                + "from domainevententry where aggregateidentifier = '86-2563' and sequencenumber = 0", String.class);

        assertThat(leadAssignedOn).isEqualTo("2019-10-15");
    }

    @Test
    void the_embedded_default_writes_durably() {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null,
                "only the embedded default: an external server's durability is its operator's business");
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
}
