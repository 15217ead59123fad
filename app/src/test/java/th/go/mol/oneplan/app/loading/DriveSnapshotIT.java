package th.go.mol.oneplan.app.loading;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.command.loading.AggregateCache;
import th.go.mol.oneplan.drive.ProvincialDrive;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A drive restored from its latest snapshot and the events after it is the drive replayed from all its events:
 * the same fields (history with corrections, recorded KPI levels, count of events), the same version, and so the
 * same decisions. The drive is the Trang demo moved two years back (92-2560): every kind of act and all five KPI
 * levels, and a correction before the snapshot and one after it.
 */
class DriveSnapshotIT extends LedgerIntegrationTest {
    private static final int YEARS = -2;
    private static final String DRIVE_ID = "92-2560";
    private static final String DRIVE = "/api/drives/" + DRIVE_ID;

    @Autowired
    Snapshotter snapshotter;
    @Autowired
    EventStore eventStore;
    @Autowired
    Serializer serializer;
    @Autowired
    AggregateCache cache;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    org.axonframework.messaging.annotation.ParameterResolverFactory parameterResolverFactory;
    @Autowired
    org.axonframework.messaging.annotation.HandlerDefinition handlerDefinition;

    @Test
    void a_drive_from_its_snapshot_and_later_events_is_the_drive_from_all_its_events() {
        // given the drive's year, snapshotted two thirds of the way, and the rest of its year after the snapshot
        JsonNode requests = TrangDemo.requests();
        int split = requests.size() * 2 / 3;
        play(requests, 0, split);
        correctFirstMeeting("Vice governor");
        snapshotter.scheduleSnapshot(ProvincialDrive.class, DRIVE_ID);
        long snapshotAt = await().atMost(Duration.ofSeconds(30)).until(this::snapshotSequence, s -> s != null);
        play(requests, split, requests.size());
        long version = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, DRIVE_ID);
        assertThat(snapshotAt).as("the snapshot is of a prefix of the stream").isLessThan(version - 1);

        // when the drive is loaded from its snapshot and from all its events
        EventSourcedAggregate<ProvincialDrive> fromSnapshot = load(() -> eventStore.readEvents(DRIVE_ID));
        EventSourcedAggregate<ProvincialDrive> fromAllEvents = load(() -> eventStore.readEvents(DRIVE_ID, 0));

        // then it is the same drive
        assertThat(fromSnapshot.version()).isEqualTo(version - 1).isEqualTo(fromAllEvents.version());
        assertThat(asJson(fromSnapshot)).isEqualTo(asJson(fromAllEvents));
        assertThat(asJson(fromSnapshot)).contains("Vice governor").contains("\"reached\":true");

        // and, loaded from its snapshot by a command, it decides as it did: a meeting already recorded is refused,
        // an act recorded before the snapshot is corrected, and the stream stays whole
        cache.evict(DRIVE_ID);
        JsonNode meeting = TrangDemo.movedBy(firstMeeting(requests), YEARS).get("body");
        Answer again = postAs(DRIVE + "/meetings", meeting.toString(), "secretary@trang");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("meeting-already-recorded");
        Answer corrected = correctFirstMeeting("Deputy governor");
        List<Long> sequence = jdbc.queryForList("select sequencenumber from domainevententry "
                + "where aggregateidentifier = ? order by sequencenumber", Long.class, DRIVE_ID);
        assertThat(sequence).containsExactlyElementsOf(
                LongStream.range(0, corrected.body().get("version").asLong()).boxed().toList());
    }

    private void play(JsonNode requests, int from, int to) {
        for (int step = from; step < to; step++) {
            JsonNode request = TrangDemo.movedBy(requests.get(step), YEARS);
            Answer answer = postAs(request.get("path").asText(), request.get("body").toString(), "secretary@trang");
            assertThat(answer.status()).as("%s answered %s", request.get("path").asText(), answer.body())
                    .isEqualTo(201);
        }
    }

    private Answer correctFirstMeeting(String chair) {
        Answer corrected = postAs(DRIVE + "/corrections", json("{'correctsEventId':'" + DRIVE_ID + "/"
                + meetingEvent() + "','whatWasWrong':'the chair was another','corrections':[{'field':'chair',"
                + "'correctedValue':'" + chair + "'}],'correctedOn':'2017-09-20'}"), "secretary@trang");
        assertThat(corrected.status()).as("%s", corrected.body()).isEqualTo(201);
        return corrected;
    }

    private Long snapshotSequence() {
        List<Long> found = jdbc.queryForList("select max(sequencenumber) from snapshotevententry "
                + "where aggregateidentifier = ?", Long.class, DRIVE_ID);
        return found.isEmpty() ? null : found.get(0);
    }

    private static JsonNode firstMeeting(JsonNode requests) {
        for (JsonNode request : requests) {
            if (request.get("path").asText().endsWith("/meetings")) {
                return request;
            }
        }
        throw new IllegalStateException("the demo records a meeting");
    }

    private long meetingEvent() {
        return jdbc.queryForObject("select min(sequencenumber) + 1 from domainevententry where aggregateidentifier = ?"
                + " and payloadtype like '%MeetingRecorded'", Long.class, DRIVE_ID);
    }

    /** Loads the drive as Axon's repository does, from the stream given (a snapshot first, or not). */
    private EventSourcedAggregate<ProvincialDrive> load(java.util.function.Supplier<DomainEventStream> events) {
        return new TransactionTemplate(transactionManager).execute(tx -> {
            DomainEventStream stream = events.get();
            DomainEventMessage<?> first = stream.peek();
            var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(ProvincialDrive.class,
                    parameterResolverFactory, handlerDefinition);
            ProvincialDrive root = new GenericAggregateFactory<>(model).createAggregateRoot(DRIVE_ID, first);
            EventSourcedAggregate<ProvincialDrive> aggregate = EventSourcedAggregate.initialize(root, model,
                    eventStore, NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(stream);
            return aggregate;
        });
    }

    private String asJson(EventSourcedAggregate<ProvincialDrive> aggregate) {
        return serializer.serialize(aggregate.getAggregateRoot(), String.class).getData();
    }
}
