package th.go.mol.oneplan.app.retries;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several officers writing to one drive at once: without If-Match every act is recorded, none lost; with
 * If-Match only one of those who read the same version wins and the others are told the current version.
 */
class ConcurrentWritersIT extends LedgerIntegrationTest {

    @Test
    void concurrent_writers_without_if_match_lose_no_update() throws Exception {
        String drive = startedDrive(24);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Answer>> sends = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                String number = i + "/2563";
                sends.add(() -> post(drive + "/meetings", json("{'meetingNumber':'" + number + "','meetingType':'OTHER',"
                        + "'meetingDate':'2019-11-05','chair':'C'}")));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : clients.invokeAll(sends, 120, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }

            assertThat(answers).extracting(Answer::status).containsOnly(201);
            assertThat(answers).extracting(a -> a.body().get("version").asLong()).doesNotHaveDuplicates();
            assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? "
                    + "and payloadtype like '%MeetingRecorded'", Long.class, drive.substring(12))).isEqualTo(30);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void with_if_match_only_one_of_the_writers_who_read_the_same_version_wins() throws Exception {
        String drive = startedDrive(25);
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Answer>> sends = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String number = i + "/2563";
                sends.add(() -> postWithHeaders(drive + "/meetings", json("{'meetingNumber':'" + number + "',"
                        + "'meetingType':'OTHER','meetingDate':'2019-11-05','chair':'C'}"), Map.of("If-Match", "\"1\"")));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : clients.invokeAll(sends, 60, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }

            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(4);
            assertThat(answers).filteredOn(a -> a.status() == 409)
                    .allSatisfy(a -> assertThat(a.body().get("rule").asText()).isIn("stale-version", "concurrent-change"));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void a_stale_version_is_refused_with_the_current_one_and_the_current_version_is_accepted() {
        String drive = startedDrive(26);
        String meeting = "{'meetingNumber':'%s','meetingType':'OTHER','meetingDate':'2019-11-05','chair':'C'}";

        Answer first = postWithHeaders(drive + "/meetings", json(meeting.formatted("1/2563")), Map.of("If-Match", "\"1\""));
        Answer stale = postWithHeaders(drive + "/meetings", json(meeting.formatted("2/2563")), Map.of("If-Match", "\"1\""));
        Answer current = postWithHeaders(drive + "/meetings", json(meeting.formatted("2/2563")),
                Map.of("If-Match", first.location()));
        Answer malformed = postWithHeaders(drive + "/meetings", json(meeting.formatted("3/2563")),
                Map.of("If-Match", "yesterday"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.location()).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("rule").asText()).isEqualTo("stale-version");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.body().get("version").asLong()).isEqualTo(3);
        assertThat(malformed.status()).isEqualTo(400);
    }
}
