package th.go.mol.oneplan.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartDriveIT extends LedgerIntegrationTest {

    @Test
    void starting_a_drive_records_it_and_answers_where_it_lives() {
        Answer answer = post("/api/drives", json("{'provinceCode':84,'fiscalYear':2563,'leadOfficer':"
                + "{'name':'Somchai','position':'Provincial Labour head'},'leadAssignedOn':'2562-10-15'}"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.location()).isEqualTo("/api/drives/84-2563");
        assertThat(answer.body().get("eventId").asText()).isEqualTo("84-2563/1");
    }

    @Test
    void a_province_starts_its_drive_only_once_a_year() {
        String body = json("{'provinceCode':85,'fiscalYear':2563,'leadOfficer':{'name':'A','position':'B'},"
                + "'leadAssignedOn':'2019-10-15'}");
        assertThat(post("/api/drives", body).status()).isEqualTo(201);
        long before = eventsInStore();

        Answer again = post("/api/drives", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("drive-already-started");
        assertThat(eventsInStore()).isEqualTo(before);
    }
}
