package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.MoveWorker;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.RecordServiceDelivered;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Service;
import th.go.mol.oneplan.register.Title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's statistics read by the two clocks (docs/time-travel.md), in Chumphon's Tha Taphao (860101) and
 * Na Thung (860102), FY 2567, no other test's. The centre's survey team registers two workers on 1 December 2023,
 * keyed in on 10 January 2024; one is served on 20 December (keyed in on 19 January), the other moves to Na Thung
 * on 15 January 2024. A third worker, registered on 5 December 2023, is keyed in only on 1 March 2024: a late record.
 * So at the end of December the register reads three workers in Tha Taphao as it reads now (asOf), but two as it
 * read on 1 February 2024 (recordedAsOf), before the late record was made.
 */
class StatisticsTimeTravelIT extends LedgerIntegrationTest {
    private static final int THA_TAPHAO = 860101;
    private static final int NA_THUNG = 860102;
    private static final Instant KEYED_IN = Instant.parse("2024-01-10T03:00:00Z");
    private static final Instant SERVICE_KEYED_IN = Instant.parse("2024-01-19T08:00:00Z");
    private static final Instant LATE_KEYED_IN = Instant.parse("2024-03-01T03:00:00Z");

    @Autowired
    LedgerCommands ledger;

    @BeforeEach
    void chumphonsRegisterWithALateRecord() {
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':86,'fiscalYear':2567,"
                + "'name':'โครงการนำร่องศูนย์ฯ จังหวัดชุมพร','declaredOn':'2023-10-20'}"));
        if (declared.status() == 409) {
            return; // an earlier test of this class has set Chumphon up
        }
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        for (int tambon : List.of(THA_TAPHAO, NA_THUNG)) {
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + tambon + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม'},'establishedOn':'2023-11-01',"
                    + "'pilot':false,'programmeId':'pilot-86-2567'}"));
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        }
        register(1, LocalDate.of(2023, 12, 1), KEYED_IN);
        register(2, LocalDate.of(2023, 12, 1), KEYED_IN);
        ledger.send(worker(1), CommandContext.by("officer@chumphon", SERVICE_KEYED_IN),
                recording -> new RecordServiceDelivered(worker(1), Service.SKILLS_TRAINING,
                        Agency.SKILL_DEVELOPMENT_OFFICE, null, LocalDate.of(2023, 12, 20), null, null, recording));
        ledger.send(worker(2), CommandContext.by("officer@chumphon", Instant.parse("2024-01-15T03:00:00Z")),
                recording -> new MoveWorker(worker(2), new Address("9", 2, NA_THUNG), "centre-" + NA_THUNG + "-2567",
                        LocalDate.of(2024, 1, 15), recording));
        register(3, LocalDate.of(2023, 12, 5), LATE_KEYED_IN);
    }

    @Test
    void as_the_record_reads_now_the_late_record_counts_from_the_day_it_happened() {
        awaitCaughtUp(); // two now is also what it read before the move and the late record were folded in

        JsonNode endOfDecember = get(THA_TAPHAO_STATISTICS + "?asOf=2023-12-31").body();

        assertThat(endOfDecember.get("registeredWorkers").asLong()).as("all three lived here then").isEqualTo(3);
        assertThat(endOfDecember.get("servedWorkers").asLong()).isEqualTo(1);
        assertThat(endOfDecember.get("servicesDelivered").asLong()).isEqualTo(1);
        assertThat(endOfDecember.at("/servicesByType/SKILLS_TRAINING").asLong()).isEqualTo(1);
        assertThat(endOfDecember.at("/byOccupation/CROP_FARMING").asLong()).isEqualTo(3);
        assertThat(endOfDecember.get("centres").isNull()).as("centres are not kept by basis").isTrue();
        assertThat(endOfDecember.at("/basis/asOf").asText()).isEqualTo("2023-12-31");
        assertThat(endOfDecember.at("/basis/recordedAsOf").isNull()).isTrue();
        assertThat(endOfDecember.at("/basis/recordedAt").asText()).isEqualTo("2024-03-01T03:00:00Z");

        JsonNode beforeTheService = get(THA_TAPHAO_STATISTICS + "?asOf=2023-12-19").body();
        assertThat(beforeTheService.get("registeredWorkers").asLong()).isEqualTo(3);
        assertThat(beforeTheService.get("servedWorkers").asLong()).isZero();
    }

    @Test
    void as_the_ledger_read_before_the_late_record_it_counts_two() {
        awaitCaughtUp(); // two now is also what it read before the move and the late record were folded in

        JsonNode asItRead = get(THA_TAPHAO_STATISTICS + "?asOf=2023-12-31&recordedAsOf=2024-02-01T00:00:00Z")
                .body();
        JsonNode beforeAnything = get(THA_TAPHAO_STATISTICS + "?recordedAsOf=2024-01-09").body();
        JsonNode now = get(THA_TAPHAO_STATISTICS).body();

        assertThat(asItRead.get("registeredWorkers").asLong()).isEqualTo(2);
        assertThat(asItRead.at("/basis/recordedAsOf").asText()).isEqualTo("2024-02-01T00:00:00Z");
        assertThat(asItRead.at("/basis/recordedAt").asText()).isEqualTo("2024-01-19T08:00:00Z");
        assertThat(beforeAnything.get("registeredWorkers").asLong()).as("nothing keyed in yet").isZero();
        assertThat(beforeAnything.at("/basis/position").isNull()).isTrue();
        assertThat(now.get("registeredWorkers").asLong()).as("one moved away").isEqualTo(2);
        assertThat(now.at("/basis/position").asLong()).as("the counters' basis is stated too")
                .isGreaterThanOrEqualTo(asItRead.at("/basis/position").asLong());
    }

    @Test
    void the_province_rolls_up_by_the_same_clocks() {
        awaitCaughtUp();

        JsonNode province = get("/api/register/statistics/provinces/86?asOf=2024-01-31").body();
        JsonNode district = get("/api/register/statistics/districts/8601?asOf=2024-01-01").body();

        assertThat(province.get("registeredWorkers").asLong()).isEqualTo(3);
        assertThat(province.get("parts").size()).as("every district of Chumphon").isEqualTo(8);
        assertThat(district.get("parts").findValuesAsText("code")).containsExactly(String.valueOf(THA_TAPHAO));
    }

    @Test
    void a_malformed_clock_is_a_400_naming_it() {
        Answer answer = get(THA_TAPHAO_STATISTICS + "?recordedAsOf=yesterday");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("recordedAsOf");
        assertThat(get(THA_TAPHAO_STATISTICS + "?asOf=").body().at("/errors/0/field").asText()).isEqualTo("asOf");
    }

    private static final String THA_TAPHAO_STATISTICS = "/api/register/statistics/subdistricts/" + THA_TAPHAO;

    private void register(int n, LocalDate registeredOn, Instant keyedIn) {
        ledger.send(worker(n), CommandContext.by("survey@chumphon", keyedIn), recording -> new RegisterWorker(worker(n),
                NationalId.parse(nationalId(n), "nationalId"), Title.MRS, "สมศรี", "ใจดี", LocalDate.of(1980, 5, 1),
                new Address(String.valueOf(n), 1, THA_TAPHAO), OccupationGroup.CROP_FARMING, Education.PRIMARY, null,
                List.of(), List.of(Need.SAVINGS), LawfulBasis.publicTask(), "centre-" + THA_TAPHAO + "-2567",
                registeredOn, recording));
    }

    /** Worker n of this test: an id no other test uses. */
    private static String worker(int n) {
        return String.format("worker-86000000-0000-4000-8000-%012d", n);
    }

    /** A valid national id of this test: 18601000000 and n, with its check digit. */
    private static String nationalId(int n) {
        String first12 = String.format("1860100000%02d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (13 - i);
        }
        return first12 + (11 - sum % 11) % 10;
    }
}
