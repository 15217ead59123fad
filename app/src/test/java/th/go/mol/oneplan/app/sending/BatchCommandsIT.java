package th.go.mol.oneplan.app.sending;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;
import th.go.mol.oneplan.command.sending.BatchCommands;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.Creation;
import th.go.mol.oneplan.command.sending.Outcome;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many creations in one transaction: a batch registers all its workers or none of them, whichever command of it
 * fails; keys sent again get the first outcomes back. Workers of Tambon Wiang Chai (Ubon is WorkerImportIT's: this
 * test's keys and ids are its own).
 */
class BatchCommandsIT extends LedgerIntegrationTest {
    private static final Instant NOW = Instant.parse("2020-03-01T03:00:00Z");

    @Autowired
    BatchCommands batches;

    @Test
    void a_batch_with_one_refused_command_writes_nothing_of_the_batch_and_a_good_batch_writes_it_all() {
        String run = UUID.randomUUID().toString();
        List<Creation> bad = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bad.add(creation(run, i, i == 7 ? "Somchai" : "สมชาย"));
        }
        long events = eventsInStore();
        long keys = keysOf(run);

        assertThatThrownBy(() -> batches.createAll(bad, outcomes -> { }))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("thai-script"));

        assertThat(eventsInStore()).as("events of the six commands before the refused one").isEqualTo(events);
        assertThat(keysOf(run)).as("idempotency rows of the batch").isEqualTo(keys);

        List<Creation> good = bad.stream().filter(c -> !c.context().idempotencyKey().endsWith(":7")).toList();
        List<Outcome> first = batches.createAll(good, outcomes -> { });
        assertThat(eventsInStore() - events).isEqualTo(9);
        assertThat(first).extracting(Outcome::replayed).containsOnly(false);
        assertThat(first).extracting(Outcome::version).containsOnly(1L);

        List<Creation> again = new ArrayList<>(good.stream().map(c -> new Creation("worker-" + UUID.randomUUID(),
                c.context(), c.command())).toList());
        List<Outcome> replayed = batches.createAll(again, outcomes -> { });
        assertThat(eventsInStore() - events).as("nothing new for keys sent again").isEqualTo(9);
        assertThat(replayed).extracting(Outcome::replayed).containsOnly(true);
        assertThat(replayed).extracting(Outcome::aggregateId).containsExactlyElementsOf(
                first.stream().map(Outcome::aggregateId).toList());
    }

    private Creation creation(String run, int i, String firstName) {
        String workerId = "worker-" + UUID.randomUUID();
        String key = "batch-test:" + run + ":" + i;
        CommandContext context = CommandContext.by("batch@test", NOW).withIdempotencyKey(key, key);
        NationalId id = NationalId.parse(SurveyFiles.nationalId(5_000_000 + i), "nationalId");
        return new Creation(workerId, context, recording -> new RegisterWorker(workerId, id, Title.MR, firstName,
                "ใจดี", LocalDate.of(1980, 1, 1), new Address("1", 1, 340111), OccupationGroup.TRADE, Education.NONE,
                null, List.of(), List.of(), LawfulBasis.publicTask(), "centre-340111-2563", LocalDate.of(2020, 2, 3),
                recording));
    }

    private long keysOf(String run) {
        return jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key like ?", Long.class,
                "batch-test:" + run + ":%");
    }
}
