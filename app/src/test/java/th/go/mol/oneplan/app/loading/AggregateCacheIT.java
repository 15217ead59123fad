package th.go.mol.oneplan.app.loading;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.command.loading.AggregateCache;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.meeting.RecordMeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This node keeps a drive in its aggregate cache; another command node, sharing the PostgreSQL, appends to the same
 * drive (here: an act appended straight to the event store, as that node's command would, past this node's cache).
 * This node's next command is decided on the drive as the store holds it, with If-Match or without: a rule that
 * passes on the cached drive and fails on the stored one fails, a rule that fails on the cached drive and passes
 * on the stored one passes, and the stream stays whole (every sequence number once, none skipped).
 */
class AggregateCacheIT extends LedgerIntegrationTest {
    private static final String MEETING = "{'meetingNumber':'%s','meetingType':'OTHER','meetingDate':'2019-11-05',"
            + "'chair':'C'}";
    private static final String CORRECTION = "{'correctsEventId':'%s','whatWasWrong':'the minutes give another day',"
            + "'corrections':[{'field':'meetingDate','correctedValue':'2019-11-06'}],'correctedOn':'2019-12-01'}";

    @Autowired
    AggregateCache cache;
    @Autowired
    EventStore eventStore;
    @Autowired
    LedgerCommands commands;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    CommandGateway commandGateway;

    @Test
    void without_if_match_a_command_is_decided_on_what_the_other_node_recorded() {
        String drive = startedDrive(80);
        String driveId = drive.substring("/api/drives/".length());
        assertThat(post(drive + "/meetings", json(MEETING.formatted("1/2563"))).status()).isEqualTo(201);
        assertThat(cache.holds(driveId)).as("the drive is cached on this node").isTrue();

        // given the other node recorded meeting 2/2563
        String othersMeeting = otherNodeRecordsMeeting(driveId, "2/2563");

        // when this node is asked to correct the other node's act, then it finds it (the cached drive does not hold
        // it: refused, nothing appended, no conflict to notice)
        Answer corrected = post(drive + "/corrections", json(CORRECTION.formatted(othersMeeting)));
        assertThat(corrected.status()).as("%s", corrected.body()).isEqualTo(201);

        // given the other node recorded meeting 3/2563, when this node is asked to record it again, then the drive
        // it decides on holds it
        otherNodeRecordsMeeting(driveId, "3/2563");
        Answer again = post(drive + "/meetings", json(MEETING.formatted("3/2563")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("meeting-already-recorded");

        assertStreamWhole(driveId, commands.currentVersion(driveId));
    }

    @Test
    void with_if_match_a_command_is_decided_on_what_the_other_node_recorded() {
        String drive = startedDrive(81);
        String driveId = drive.substring("/api/drives/".length());
        assertThat(post(drive + "/meetings", json(MEETING.formatted("1/2563"))).status()).isEqualTo(201);
        assertThat(cache.holds(driveId)).as("the drive is cached on this node").isTrue();

        // given the other node recorded meeting 2/2563, and the officer has read the drive since
        String othersMeeting = otherNodeRecordsMeeting(driveId, "2/2563");
        long read = commands.currentVersion(driveId);

        // when this node is asked to correct the other node's act at the version the officer read, then it finds it
        Answer corrected = postWithHeaders(drive + "/corrections", json(CORRECTION.formatted(othersMeeting)),
                Map.of("If-Match", "\"" + read + "\""));
        assertThat(corrected.status()).as("%s", corrected.body()).isEqualTo(201);
        assertThat(corrected.body().get("version").asLong()).isGreaterThan(read);

        // given the other node recorded meeting 3/2563 and the officer read the drive again, when this node is asked
        // to record it again at that version, then the rule refuses it (not a conflict: the version read is current)
        otherNodeRecordsMeeting(driveId, "3/2563");
        String current = "\"" + commands.currentVersion(driveId) + "\"";
        Answer again = postWithHeaders(drive + "/meetings", json(MEETING.formatted("3/2563")), Map.of("If-Match", current));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("meeting-already-recorded");

        assertStreamWhole(driveId, commands.currentVersion(driveId));
    }

    @Test
    void a_command_whose_transaction_rolls_back_after_axon_committed_leaves_nothing_behind_in_the_cache() {
        String drive = startedDrive(82);
        String driveId = drive.substring("/api/drives/".length());
        assertThat(post(drive + "/meetings", json(MEETING.formatted("1/2563"))).status()).isEqualTo(201);

        // given meeting 2/2563 was decided and Axon's unit of work committed it into the cache, but the transaction
        // around it (as LedgerCommands opens one) rolled back afterwards
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            commandGateway.sendAndWait(new RecordMeeting(driveId, "2/2563", MeetingType.OTHER,
                    LocalDate.parse("2019-11-05"), "C", List.of(), List.of(), false,
                    new Recording("rolled-back", Instant.now(), "rolled-back-1")));
            tx.setRollbackOnly();
        });

        // when meeting 2/2563 is recorded, then it is recorded: the store never held the first one
        Answer recorded = post(drive + "/meetings", json(MEETING.formatted("2/2563")));
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
        assertStreamWhole(driveId, recorded.body().get("version").asLong());
    }

    /**
     * Appends a meeting to the drive's stream as another command node would: the next sequence number, in a
     * transaction of its own, through the event store and not through this node's repository or cache.
     */
    private String otherNodeRecordsMeeting(String driveId, String number) {
        return new TransactionTemplate(transactionManager).execute(tx -> {
            long sequence = commands.currentVersion(driveId);
            String eventId = driveId + "/" + (sequence + 1);
            MeetingRecorded meeting = new MeetingRecorded(driveId, eventId, number, MeetingType.OTHER, "Chair",
                    List.of(), List.of(), LocalDate.parse("2019-11-05"), false,
                    new Recording("other-node", Instant.now(), "other-node-" + eventId));
            eventStore.publish(new GenericDomainEventMessage<>("ProvincialDrive", driveId, sequence, meeting));
            return eventId;
        });
    }

    private void assertStreamWhole(String driveId, long version) {
        List<Long> sequence = jdbc.queryForList("select sequencenumber from domainevententry "
                + "where aggregateidentifier = ? order by sequencenumber", Long.class, driveId);
        assertThat(sequence).containsExactlyElementsOf(LongStream.range(0, version).boxed().toList());
    }
}
