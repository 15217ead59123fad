package th.go.mol.oneplan.app.sending;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.IdempotencyKeyReused;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.command.sending.Outcome;
import th.go.mol.oneplan.command.sending.StaleVersion;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.StartProvincialDrive;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.meeting.RecordMeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A command sent without any HTTP request, as an import job, a replay job or a benchmark sends it: who recorded
 * it, when, and the sender's key come from the sender, and idempotency and the version check hold as over HTTP.
 */
class CommandsWithoutHttpIT extends LedgerIntegrationTest {
    private static final Instant JOB_RAN_AT = Instant.parse("2019-10-20T02:00:00Z");

    @Autowired
    LedgerCommands ledger;

    @Test
    void an_import_job_records_as_itself_at_its_own_time_with_no_http_request_in_sight() {
        assertThat(RequestContextHolder.getRequestAttributes()).as("no HTTP request").isNull();
        CommandContext job = CommandContext.by("survey-import@test", JOB_RAN_AT);

        Outcome started = ledger.send("75-2563", job, recording -> start("75-2563", 75, recording));

        assertThat(started).usingRecursiveComparison().ignoringFields("position")
                .isEqualTo(new Outcome("75-2563", "75-2563/1", 1, null, false));
        assertThat(started.position()).as("the event's place in the event store").isEqualTo(
                jdbc.queryForObject("select globalindex from domainevententry where aggregateidentifier = '75-2563'",
                        Long.class));
        String payload = firstEventOf("75-2563");
        assertThat(payload).contains("\"recordedBy\":\"survey-import@test\"").contains("2019-10-20T02:00:00Z");
    }

    @Test
    void sent_again_with_the_same_key_a_row_gets_its_first_outcome_and_appends_nothing() {
        ledger.send("74-2563", CommandContext.by("survey-import@test", JOB_RAN_AT),
                recording -> start("74-2563", 74, recording));
        CommandContext row = CommandContext.by("survey-import@test", JOB_RAN_AT)
                .withIdempotencyKey("survey-2563.csv:line-2", "fingerprint-of-line-2");

        Outcome first = ledger.send("74-2563", row, recording -> meeting("74-2563", "1/2563", recording));
        long events = eventsInStore();
        Outcome again = ledger.send("74-2563", row, recording -> meeting("74-2563", "1/2563", recording));

        assertThat(first.replayed()).isFalse();
        assertThat(again).isEqualTo(new Outcome(first.aggregateId(), first.eventId(), first.version(), first.position(), true));
        assertThat(eventsInStore()).isEqualTo(events);
        CommandContext otherRow = row.withIdempotencyKey("survey-2563.csv:line-2", "fingerprint-of-another-line");
        assertThatThrownBy(() -> ledger.send("74-2563", otherRow, recording -> meeting("74-2563", "2/2563", recording)))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void with_an_expected_version_a_command_applies_only_to_that_version() {
        Outcome started = ledger.send("73-2563", CommandContext.by("replay-job@test", JOB_RAN_AT),
                recording -> start("73-2563", 73, recording));
        CommandContext stale = CommandContext.by("replay-job@test", JOB_RAN_AT).ifAtVersion(started.version() + 5);

        assertThatThrownBy(() -> ledger.send("73-2563", stale, recording -> meeting("73-2563", "1/2563", recording)))
                .isInstanceOf(StaleVersion.class).hasMessageContaining("version " + started.version());
        Outcome recorded = ledger.send("73-2563", stale.ifAtVersion(started.version()),
                recording -> meeting("73-2563", "1/2563", recording));

        assertThat(recorded.version()).isEqualTo(ledger.currentVersion("73-2563")).isGreaterThan(started.version());
        assertThat(recorded.eventId()).isEqualTo("73-2563/" + (started.version() + 1));
    }

    @Test
    void an_answer_stored_before_keys_served_any_aggregate_is_still_given_back() {
        jdbc.update("insert into idempotent_request (principal, idempotency_key, request_fingerprint, aggregate_id, "
                + "response_status, response_body, response_version) values (?, ?, ?, ?, 201, ?, 1)", "officer72@test",
                "key-from-last-year", "fp", "72-2563", "{\"driveId\":\"72-2563\",\"eventId\":\"72-2563/1\",\"version\":1}");

        Outcome again = ledger.send("72-2563", CommandContext.by("officer72@test", JOB_RAN_AT)
                .withIdempotencyKey("key-from-last-year", "fp"), recording -> start("72-2563", 72, recording));

        assertThat(again).isEqualTo(new Outcome("72-2563", "72-2563/1", 1, null, true));
        assertThat(ledger.currentVersion("72-2563")).as("nothing appended").isZero();
    }

    private static StartProvincialDrive start(String driveId, int province, th.go.mol.oneplan.common.Recording recording) {
        return new StartProvincialDrive(driveId, province, 2563, new LeadOfficer("L", "P"), LocalDate.of(2019, 10, 15), false,
                recording);
    }

    private static RecordMeeting meeting(String driveId, String number, th.go.mol.oneplan.common.Recording recording) {
        return new RecordMeeting(driveId, number, MeetingType.OTHER, LocalDate.of(2019, 10, 18), "Chair", List.of(),
                List.of(), false, recording);
    }

    private String firstEventOf(String driveId) {
        return jdbc.queryForObject("select convert_from(payload, 'UTF8') from domainevententry "
                + "where aggregateidentifier = ? order by sequencenumber limit 1", String.class, driveId);
    }
}
