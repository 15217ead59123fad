package th.go.mol.oneplan.app.register;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.vault.JdbcDataKeys;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.ErasePersonalData;
import th.go.mol.oneplan.register.ErasureGround;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.MoveWorker;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.NationalIdAlreadyRegistered;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.PersonalData;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Title;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The register's personal data on PostgreSQL (docs/register.md, "Personal data"): sealed in every stored byte,
 * one registration per national id across the country, and erased by destroying the worker's key. Workers of Nan
 * (55), which no other test uses: Tambon Bo (550102) and Pha Sing (550103) of Mueang Nan.
 */
class PersonalDataVaultIT extends LedgerIntegrationTest {
    private static final Instant RECORDED_AT = Instant.parse("2020-03-02T03:00:00Z");
    private static final LocalDate REGISTERED_ON = LocalDate.of(2020, 3, 2);
    private static final String BO_CENTRE = "centre-550102-2563";
    private static final String PHA_SING_CENTRE = "centre-550103-2563";
    private static final String FIRST_NAME = "บัวตองน่าน";
    private static final String LAST_NAME = "ทดสอบห้องนิรภัย";
    private static final String PHONE = "0865550102";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    LedgerCommands ledger;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcDataKeys dataKeys;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    org.axonframework.common.transaction.TransactionManager axonTransactionManager;
    @Autowired
    ConnectionProvider connectionProvider;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void a_registration_stores_no_personal_value_in_clear_in_any_table() {
        String worker = newWorkerId();
        NationalId id = newNationalId();
        register(worker, id, BO_CENTRE);
        JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters = deadLetterQueue();
        deadLetters.enqueue(worker, new GenericDeadLetter<>(worker, firstEventOf(worker),
                new IllegalStateException("a projection failed")));

        byte[] payload = jdbc.queryForObject("select payload from domainevententry where aggregateidentifier = ?"
                + " and sequencenumber = 0", byte[].class, worker);
        String stored = new String(payload, StandardCharsets.UTF_8);
        assertThat(stored).contains("\"personalData\":{\"subject\":\"" + worker + "\",\"sealed\":\"")
                .contains("\"subdistrictCode\":550102");
        assertThat(personalValues(id)).allSatisfy(value -> assertThat(stored).doesNotContain(value));
        String deadLetter = new String(jdbc.queryForObject("select payload from deadletterentry where"
                + " sequenceidentifier = ?", byte[].class, worker), StandardCharsets.UTF_8);
        assertThat(deadLetter).contains("\"sealed\":\"");
        assertThat(tablesHoldingAnyOf(personalValues(id))).as("tables holding a personal value in clear").isEmpty();
        byte[] wrapped = jdbc.queryForObject("select wrapped_key from personal_data_key where subject_id = ?",
                byte[].class, worker);
        assertThat(wrapped).hasSize(1 + 12 + 32 + 16);
        assertThat(readRegistration(worker).personalData().nationalId()).isEqualTo(id);
        assertThat(readRegistration(worker).personalData().firstName()).isEqualTo(FIRST_NAME);
        deadLetters.clear();
    }

    @Test
    void the_same_person_registered_again_elsewhere_is_refused_naming_only_the_centre_that_holds_them() {
        NationalId id = newNationalId();
        register(newWorkerId(), id, BO_CENTRE);
        String second = newWorkerId();

        Throwable refused = catchThrowable(() -> register(second, id, PHA_SING_CENTRE));

        NationalIdAlreadyRegistered violation = causeOf(refused, NationalIdAlreadyRegistered.class);
        assertThat(violation.holdingCentreId()).isEqualTo(BO_CENTRE);
        assertThat(violation.getMessage()).doesNotContain(id.digits(), FIRST_NAME);
        assertThat(eventStore.lastSequenceNumberFor(second)).isEmpty();
        assertThat(keyRows(second)).as("no key made for a refused registration").isZero();
    }

    @Test
    void the_claim_is_written_in_the_transaction_of_the_events_and_rolls_back_with_them() {
        assertThat(transactionManager).isInstanceOf(DataSourceTransactionManager.class);
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        String worker = newWorkerId();
        NationalId id = newNationalId();

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            register(worker, id, BO_CENTRE);
            assertThat(claims(worker)).as("claimed inside the transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });

        assertThat(claims(worker)).isZero();
        assertThat(keyRows(worker)).isZero();
        assertThat(eventStore.lastSequenceNumberFor(worker)).isEmpty();
        register(newWorkerId(), id, PHA_SING_CENTRE);
    }

    @Test
    void of_two_registrations_of_one_person_at_once_the_second_waits_for_the_first_and_is_refused()
            throws Exception {
        NationalId id = newNationalId();
        String first = newWorkerId();
        String second = newWorkerId();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Void> firstRegistration = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
                    register(first, id, BO_CENTRE);
                    firstClaimed.countDown();
                    await(commitFirst);
                }));
        assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> secondRegistration = CompletableFuture.runAsync(() ->
                register(second, id, PHA_SING_CENTRE));
        Thread.sleep(500);
        assertThat(secondRegistration).as("waits on the claim of the first, not yet committed").isNotDone();
        commitFirst.countDown();
        firstRegistration.get(30, TimeUnit.SECONDS);

        Throwable refused = catchThrowable(() -> secondRegistration.get(30, TimeUnit.SECONDS));

        assertThat(refused).isInstanceOf(ExecutionException.class);
        assertThat(causeOf(refused, NationalIdAlreadyRegistered.class).holdingCentreId()).isEqualTo(BO_CENTRE);
        assertThat(eventStore.lastSequenceNumberFor(first)).contains(0L);
        assertThat(eventStore.lastSequenceNumberFor(second)).isEmpty();
    }

    @Test
    void an_erased_worker_reads_as_erased_everywhere_and_the_person_may_register_again() {
        String worker = newWorkerId();
        NationalId id = newNationalId();
        register(worker, id, BO_CENTRE);
        JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters = deadLetterQueue();
        deadLetters.enqueue(worker, new GenericDeadLetter<>(worker, firstEventOf(worker),
                new IllegalStateException("a projection failed")));

        ledger.send(worker, CommandContext.by("officer@nan", RECORDED_AT.plusSeconds(60)), recording ->
                new ErasePersonalData(worker, ErasureGround.CONSENT_WITHDRAWN, REGISTERED_ON, "NAN-PDPA-1", recording));

        Map<String, Object> key = jdbc.queryForMap("select wrapped_key, destroyed_at from personal_data_key"
                + " where subject_id = ?", worker);
        assertThat(key.get("wrapped_key")).isNull();
        assertThat(key.get("destroyed_at")).isNotNull();
        assertThat(claims(worker)).isZero();
        assertThat(readRegistration(worker).personalData()).isEqualTo(PersonalData.ERASED);
        dataKeys.forgetCachedKeys();
        WorkerRegistered fromTheDatabase = readRegistration(worker);
        assertThat(fromTheDatabase.personalData()).isEqualTo(PersonalData.ERASED);
        assertThat(fromTheDatabase.subdistrictCode()).as("what statistics read stays").isEqualTo(550102);
        assertThat(fromTheDatabase.sex()).isNotNull();
        List<PersonalData> parked = new ArrayList<>();
        deadLetters.deadLetterSequence(worker).forEach((DeadLetter<? extends EventMessage<?>> letter) ->
                parked.add(((WorkerRegistered) letter.message().getPayload()).personalData()));
        assertThat(parked).containsExactly(PersonalData.ERASED);
        Throwable moved = catchThrowable(() -> ledger.send(worker, CommandContext.by("officer@nan", RECORDED_AT
                .plusSeconds(120)), recording -> new MoveWorker(worker, new Address("9", 3, 550103), PHA_SING_CENTRE,
                REGISTERED_ON, recording)));
        assertThat(causeOf(moved, RuleViolation.class).rule()).as("the aggregate loads erased")
                .isEqualTo("personal-data-erased");

        Throwable sameWorkerAgain = catchThrowable(() -> register(worker, newNationalId(), BO_CENTRE));
        assertThat(sameWorkerAgain).as("its stream exists").isNotNull();
        assertThat(claims(worker)).as("the claim made before the append failed is rolled back").isZero();

        String again = newWorkerId();
        register(again, id, PHA_SING_CENTRE);
        assertThat(readRegistration(again).personalData().nationalId()).isEqualTo(id);
        deadLetters.clear();
    }

    /**
     * The cost of sealing and opening: registrations through {@link LedgerCommands}, then the stored registrations
     * deserialized by the event serializer with the key cache cold (one key row read and unwrapped per event) and
     * warm (AES-GCM and JSON only), 10,000 events at least.
     * {@code -Dvault.workers=2000} for a larger run; the figures are printed and noted in docs/register.md.
     */
    @Test
    void sealing_and_opening_cost_is_measured() {
        int workers = Integer.getInteger("vault.workers", 200);
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            String worker = newWorkerId();
            register(worker, newNationalId(), BO_CENTRE);
            ids.add(worker);
        }
        double registering = (System.nanoTime() - started) / 1e9;
        List<byte[]> payloads = ids.stream().map(worker -> jdbc.queryForObject("select payload from domainevententry"
                + " where aggregateidentifier = ? and sequencenumber = 0", byte[].class, worker)).toList();
        dataKeys.forgetCachedKeys();
        started = System.nanoTime();
        payloads.forEach(this::deserialize);
        double cold = (System.nanoTime() - started) / 1e9;
        int rounds = Math.max(1, 10_000 / workers);
        started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            payloads.forEach(this::deserialize);
        }
        double warm = (System.nanoTime() - started) / 1e9;

        System.out.printf("vault: %d registrations in %.2f s (%.0f/s); %d registrations deserialized with a cold key"
                        + " cache in %.2f s (%.0f events/s), %d with a warm cache in %.2f s (%.0f events/s)%n", workers,
                registering, workers / registering, workers, cold, workers / cold, rounds * workers, warm,
                rounds * workers / warm);
        assertThat(deserialize(payloads.get(0)).personalData().firstName()).isEqualTo(FIRST_NAME);
    }

    private WorkerRegistered deserialize(byte[] payload) {
        return eventSerializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                WorkerRegistered.class.getName(), null));
    }

    private void register(String worker, NationalId id, String centre) {
        ledger.send(worker, CommandContext.by("volunteer@nan", RECORDED_AT), recording -> new RegisterWorker(worker, id,
                Title.MRS, FIRST_NAME, LAST_NAME, LocalDate.of(1980, 7, 15), new Address("99/1", 4, 550102),
                OccupationGroup.CROP_FARMING, Education.PRIMARY, PHONE, List.of(), List.of(),
                LawfulBasis.publicTask(), centre, REGISTERED_ON, recording));
    }

    private EventMessage<?> firstEventOf(String worker) {
        DomainEventStream events = eventStore.readEvents(worker);
        return events.next();
    }

    private WorkerRegistered readRegistration(String worker) {
        return (WorkerRegistered) eventStore.readEvents(worker).next().getPayload();
    }

    private JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue() {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup("personal-data-vault-it")
                .connectionProvider(connectionProvider)
                .schema(DeadLetterSchema.defaultSchema())
                .transactionManager(axonTransactionManager)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    private int claims(String worker) {
        return jdbc.queryForObject("select count(*) from national_id_claim where worker_id = ?", Integer.class, worker);
    }

    private int keyRows(String worker) {
        return jdbc.queryForObject("select count(*) from personal_data_key where subject_id = ?", Integer.class,
                worker);
    }

    /** The person's values as text, and as the hex PostgreSQL prints bytea columns in. */
    private static List<String> personalValues(NationalId id) {
        List<String> values = new ArrayList<>(List.of(id.digits(), FIRST_NAME, LAST_NAME, PHONE));
        for (String value : List.copyOf(values)) {
            values.add(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
        }
        return values;
    }

    /** Every table of the schema whose rows, printed, hold any of the values. */
    private List<String> tablesHoldingAnyOf(List<String> values) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class);
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            List<String> rows = jdbc.queryForList("select t::text from \"" + table + "\" t", String.class);
            if (rows.stream().anyMatch(row -> values.stream().anyMatch(row::contains))) {
                holding.add(table);
            }
        }
        return holding;
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String newWorkerId() {
        return "worker-" + UUID.randomUUID();
    }

    /** A valid national id no other test uses: 5 (a made-up first digit run) and a serial, with its check digit. */
    private static NationalId newNationalId() {
        String twelve = "5" + String.format("%011d", SERIAL.incrementAndGet() % 100_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return NationalId.parse(twelve + (11 - sum % 11) % 10, "nationalId");
    }
}
