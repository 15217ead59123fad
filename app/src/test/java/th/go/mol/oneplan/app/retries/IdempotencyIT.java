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

/** A retried command with the same Idempotency-Key gets the first answer back and records nothing new. */
class IdempotencyIT extends LedgerIntegrationTest {
    private static final String MEETING = "{'meetingNumber':'%s','meetingType':'OTHER','meetingDate':'2019-11-05',"
            + "'chair':'Vice governor'}";

    @Test
    void a_retry_with_the_same_key_and_body_answers_as_the_first_time_and_appends_nothing() {
        String drive = startedDrive(20);
        Answer first = postWithHeaders(drive + "/meetings", json(MEETING.formatted("1/2563")),
                Map.of("Idempotency-Key", "chonburi-meeting-1"));
        long after = eventsInStore();

        Answer retry = postWithHeaders(drive + "/meetings", json(MEETING.formatted("1/2563")),
                Map.of("Idempotency-Key", "chonburi-meeting-1"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).as("ETag").isEqualTo(first.location());
        assertThat(eventsInStore()).isEqualTo(after);
        assertThat(commandIdCount("chonburi-meeting-1")).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422() {
        String drive = startedDrive(21);
        postWithHeaders(drive + "/meetings", json(MEETING.formatted("1/2563")), Map.of("Idempotency-Key", "rayong-1"));
        long after = eventsInStore();

        Answer reused = postWithHeaders(drive + "/meetings", json(MEETING.formatted("2/2563")),
                Map.of("Idempotency-Key", "rayong-1"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("rule").asText()).isEqualTo("idempotency-key-reused");
        assertThat(eventsInStore()).isEqualTo(after);
    }

    @Test
    void a_refused_command_keeps_no_answer_so_a_corrected_retry_with_the_key_is_carried_out() {
        String drive = startedDrive(22);
        Answer refused = postWithHeaders(drive + "/meetings", json("{'meetingNumber':'1/2563','meetingType':'OTHER',"
                + "'meetingDate':'2030-01-01','chair':'C'}"), Map.of("Idempotency-Key", "chanthaburi-1"));
        Answer accepted = postWithHeaders(drive + "/meetings", json("{'meetingNumber':'1/2563','meetingType':'OTHER',"
                + "'meetingDate':'2019-11-05','chair':'C'}"), Map.of("Idempotency-Key", "chanthaburi-1b"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void the_same_request_sent_at_once_from_four_clients_is_recorded_once() throws Exception {
        String drive = startedDrive(23);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Answer>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(() -> postWithHeaders(drive + "/meetings", json(MEETING.formatted("1/2563")),
                        Map.of("Idempotency-Key", "trat-1")));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : clients.invokeAll(sends, 60, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }

            assertThat(answers).extracting(Answer::status).containsOnly(201);
            assertThat(answers).extracting(a -> a.body().get("eventId").asText()).containsOnly(drive.substring(12) + "/2");
            assertThat(commandIdCount("trat-1")).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
    }

    private long commandIdCount(String commandId) {
        Long n = jdbc.queryForObject("select count(*) from domainevententry where payloadtype like '%MeetingRecorded' "
                + "and convert_from(payload, 'UTF8')::jsonb -> 'recording' ->> 'commandId' = ?", Long.class, commandId);
        return n == null ? 0 : n;
    }
}
