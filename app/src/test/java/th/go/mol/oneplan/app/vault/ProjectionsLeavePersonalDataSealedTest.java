package th.go.mol.oneplan.app.vault;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.query.UnopenedEvents;
import th.go.mol.oneplan.register.WorkerMoved;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.app.vault.SealedPersonalDataTest.SOMSRI;
import static th.go.mol.oneplan.app.vault.SealedPersonalDataTest.WORKER;
import static th.go.mol.oneplan.app.vault.SealedPersonalDataTest.registered;

/**
 * The projections read a worker's events with the personal data left sealed: a registration folded into the read
 * tables decrypts nothing, while the domain and the queries reading the same stored event still get it whole.
 */
class ProjectionsLeavePersonalDataSealedTest {
    private final KeysInMemory keys = new KeysInMemory();
    private final PersonalDataVault vault = new PersonalDataVault(keys, new PersonalDataCipher());
    private final Serializer eventStore = JacksonSerializer.builder().objectMapper(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SealedPersonalDataModule(vault))).build();
    private final UnopenedEvents projections = new UnopenedEvents(eventStore);

    /** The event as a tracking processor gets it from the store: its payload still in its stored, sealed form. */
    private EventMessage<?> stored(Object event, long sequence) {
        SerializedObject<byte[]> payload = eventStore.serialize(event, byte[].class);
        SerializedObject<byte[]> metaData = eventStore.serialize(MetaData.emptyInstance(), byte[].class);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(sequence),
                new GenericDomainEventMessage<>("Worker", WORKER, sequence,
                        new SerializedMessage<>("event-" + sequence, payload, metaData, eventStore),
                        Instant::now));
    }

    @Test
    void a_projection_reads_a_registration_whole_but_its_personal_data_and_opens_nothing() {
        WorkerRegistered registration = registered(WORKER, SOMSRI);
        EventMessage<?> fromTheStore = stored(registration, 0);

        WorkerRegistered read = projections.payload(fromTheStore, WorkerRegistered.class);

        assertThat(read.personalData()).as("left sealed").isNull();
        assertThat(read).usingRecursiveComparison().ignoringFields("personalData").isEqualTo(registration);
        assertThat(vault.opened()).as("values decrypted").isZero();
    }

    @Test
    void a_projection_reads_a_move_without_opening_it_either() {
        WorkerMoved move = new WorkerMoved(WORKER, SOMSRI, 840102, 8401, 84, "centre-840102-2563", 840101,
                "centre-840101-2563", LocalDate.of(2020, 3, 1),
                new Recording("volunteer@talat", Instant.parse("2020-03-02T03:00:00Z"), "w-2"));

        WorkerMoved read = projections.payload(stored(move, 1), WorkerMoved.class);

        assertThat(read.subdistrictCode()).isEqualTo(840102);
        assertThat(read.previousCentreId()).isEqualTo("centre-840101-2563");
        assertThat(read.personalData()).isNull();
        assertThat(vault.opened()).isZero();
    }

    @Test
    void the_same_stored_message_still_reads_whole_for_the_domain_after_a_projection_read_it() {
        EventMessage<?> fromTheStore = stored(registered(WORKER, SOMSRI), 0);
        projections.payload(fromTheStore, WorkerRegistered.class);

        WorkerRegistered whole = (WorkerRegistered) fromTheStore.getPayload();

        assertThat(whole.personalData()).isEqualTo(SOMSRI);
        assertThat(vault.opened()).as("opened once, by the reader who needs it").isEqualTo(1);
    }

    @Test
    void an_erased_worker_stays_unreadable_either_way() {
        EventMessage<?> fromTheStore = stored(registered(WORKER, SOMSRI), 0);
        keys.destroy(WORKER);

        assertThat(projections.payload(fromTheStore, WorkerRegistered.class).personalData()).isNull();
        assertThat(((WorkerRegistered) fromTheStore.getPayload()).personalData().isErased()).isTrue();
    }
}
