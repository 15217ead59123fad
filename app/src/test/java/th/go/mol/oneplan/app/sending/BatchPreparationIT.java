package th.go.mol.oneplan.app.sending;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.vault.JdbcDataKeys;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;
import th.go.mol.oneplan.command.register.JdbcNationalIdRegistry;
import th.go.mol.oneplan.command.sending.BatchCommands;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.Creation;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.NationalIdAlreadyRegistered;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Title;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch of registrations claims its national ids and makes its workers' data keys in one statement each before
 * its commands are sent, so its round trips for them do not grow with the batch: no registration of the batch
 * claims or makes a key one by one. The rules stay: an id held by another worker, or twice in the batch, refuses the
 * batch, and nothing the batch claimed or made survives. Workers of Tambon Khu Mueang (340112); ids from 5,200,000.
 */
class BatchPreparationIT extends LedgerIntegrationTest {
    private static final Instant NOW = Instant.parse("2020-03-02T03:00:00Z");

    @Autowired
    BatchCommands batches;
    @Autowired
    JdbcNationalIdRegistry registry;
    @Autowired
    JdbcDataKeys keys;
    @Autowired
    EventStore eventStore;

    @Test
    void a_batch_of_200_registrations_claims_every_id_and_makes_every_key_without_a_round_trip_per_registration() {
        List<Creation> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(registration(5_200_000 + i));
        }
        long claimsOneByOne = registry.claimsMadeOneByOne();
        long keysOneByOne = keys.keysMadeOneByOne();

        batches.createAll(batch, outcomes -> { });

        List<String> workers = batch.stream().map(Creation::aggregateId).toList();
        assertThat(claimsOf(workers)).isEqualTo(200);
        assertThat(keysOf(workers)).isEqualTo(200);
        assertThat(registry.claimsMadeOneByOne() - claimsOneByOne).as("claims made one by one").isZero();
        assertThat(keys.keysMadeOneByOne() - keysOneByOne).as("keys made one by one").isZero();

        // The key each worker's data was sealed with is the one stored for the worker.
        keys.forgetCachedKeys();
        WorkerRegistered registered = (WorkerRegistered) eventStore.readEvents(workers.get(137)).next().getPayload();
        assertThat(registered.personalData().firstName()).isEqualTo("สมชาย");
        assertThat(registered.personalData().nationalId().digits()).isEqualTo(SurveyFiles.nationalId(5_200_137));
    }

    @Test
    void a_batch_holding_an_id_another_worker_holds_is_refused_and_leaves_no_claim_and_no_key() {
        batches.createAll(List.of(registration(5_201_000)), outcomes -> { });
        List<Creation> batch = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            batch.add(registration(5_201_000 + (i == 31 ? 0 : i)));
        }
        long claimsOneByOne = registry.claimsMadeOneByOne();

        assertThatThrownBy(() -> batches.createAll(batch, outcomes -> { }))
                .isInstanceOf(NationalIdAlreadyRegistered.class);

        List<String> workers = batch.stream().map(Creation::aggregateId).toList();
        assertThat(claimsOf(workers)).as("claims of the refused batch").isZero();
        assertThat(keysOf(workers)).as("keys of the refused batch").isZero();
        assertThat(registry.claimsMadeOneByOne() - claimsOneByOne).as("only the held id went the single path")
                .isEqualTo(1);
    }

    @Test
    void a_batch_holding_one_person_twice_is_refused_and_leaves_no_claim_and_no_key() {
        List<Creation> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(registration(5_202_000 + (i == 17 ? 4 : i)));
        }

        assertThatThrownBy(() -> batches.createAll(batch, outcomes -> { }))
                .isInstanceOf(NationalIdAlreadyRegistered.class);

        List<String> workers = batch.stream().map(Creation::aggregateId).toList();
        assertThat(claimsOf(workers)).isZero();
        assertThat(keysOf(workers)).isZero();
    }

    private Creation registration(int seed) {
        String workerId = "worker-" + UUID.randomUUID();
        String key = "batch-prep:" + workerId.substring("worker-".length());
        CommandContext context = CommandContext.by("batch@test", NOW).withIdempotencyKey(key, key);
        NationalId id = NationalId.parse(SurveyFiles.nationalId(seed), "nationalId");
        return new Creation(workerId, context, recording -> new RegisterWorker(workerId, id, Title.MR, "สมชาย",
                "ใจดี", LocalDate.of(1980, 1, 1), new Address("1", 1, 340112), OccupationGroup.TRADE, Education.NONE,
                null, List.of(), List.of(), LawfulBasis.publicTask(), "centre-340112-2563", LocalDate.of(2020, 2, 3),
                recording));
    }

    private long claimsOf(List<String> workers) {
        return jdbc.queryForObject("select count(*) from national_id_claim where worker_id = any(?)", Long.class,
                (Object) workers.toArray(String[]::new));
    }

    private long keysOf(List<String> workers) {
        return jdbc.queryForObject("select count(*) from personal_data_key where subject_id = any(?)", Long.class,
                (Object) workers.toArray(String[]::new));
    }
}
