package th.go.mol.oneplan.drive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot of a drive is its fields as JSON; read back, it is the same drive. The mapper is set up as the event
 * store's (dates as ISO text, unknown fields ignored).
 */
class DriveSnapshotTest {
    private static final ObjectMapper EVENT_STORE_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void trangs_whole_year_with_a_correction_reads_back_from_its_snapshot_as_the_same_drive() throws Exception {
        // given Trang's drive of FY 2562, all five levels reached, with its first meeting's chair corrected
        List<Object> events = new ArrayList<>(TrangDrive.stream());
        events.add(new RecordCorrected(TrangDrive.DRIVE_ID, TrangDrive.id(events.size() + 1), TrangDrive.id(2),
                "MeetingRecorded", "the minutes name another chair", List.of(new FieldCorrection("chair",
                "Deputy governor")), TrangDrive.SUMMARY_SENT_ON, false, TrangDrive.recording(99)));
        ProvincialDrive drive = replayed(events);

        // when it is written as a snapshot and read back
        String snapshot = EVENT_STORE_JSON.writeValueAsString(drive);
        ProvincialDrive restored = EVENT_STORE_JSON.readValue(snapshot, ProvincialDrive.class);

        // then it is the same drive: history (acts as corrected, each of its class, in order), levels, event count
        assertThat(EVENT_STORE_JSON.writeValueAsString(restored)).isEqualTo(snapshot);
        assertThat(snapshot).contains("Deputy governor").contains("MeetingRecorded").contains("\"reached\":true");
        Field levels = ProvincialDrive.class.getDeclaredField("recordedKpi");
        levels.setAccessible(true);
        assertThat(levels.get(restored)).as("the recorded levels stay in level order").isInstanceOf(EnumMap.class);
    }

    private static ProvincialDrive replayed(List<Object> payloads) {
        AggregateModel<ProvincialDrive> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                ProvincialDrive.class, MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(ProvincialDrive.class),
                        new SimpleResourceParameterResolverFactory(List.of(ThaiGeography.load()))));
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("ProvincialDrive", TrangDrive.DRIVE_ID, i, payloads.get(i)));
        }
        EventSourcedAggregate<ProvincialDrive> aggregate = EventSourcedAggregate.initialize(
                new ProvincialDrive(), model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.getAggregateRoot();
    }
}
