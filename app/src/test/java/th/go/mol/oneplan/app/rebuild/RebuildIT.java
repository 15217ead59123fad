package th.go.mol.oneplan.app.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;
import th.go.mol.oneplan.command.sending.BatchCommands;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.Creation;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;
import th.go.mol.oneplan.query.rebuild.ProjectionRebuilds;
import th.go.mol.oneplan.query.rebuild.ReadModelTables;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.ErasePersonalData;
import th.go.mol.oneplan.register.ErasureGround;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.MoveWorker;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.RecordServiceDelivered;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Service;
import th.go.mol.oneplan.register.Title;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilds without downtime (docs/rebuilds.md), on provinces 73 to 76: Nakhon Pathom's and Samut Sakhon's FY 2562
 * drives (each to KPI level 2, its working group's order corrected, an inspection recorded late), a pilot
 * programme in Samut Songkhram with two tambon centres (one with its committee, a plan and the funders' answers),
 * and 2,000 workers registered there in batches, 200 of them served, one moved and one erased.
 */
class RebuildIT extends LedgerIntegrationTest {
    private static final int WORKERS = 2000;
    private static final Instant IMPORTED_AT = Instant.parse("2019-11-20T03:00:00Z");
    private static final String MAE_KLONG = "centre-750101-2563";
    private static final String BANG_KHONTHI = "centre-750201-2563";
    /** What the read-load test asks again and again, each answer expected to stay exactly as it was. */
    private static final List<String> READS = List.of("/api/drives/73-2562", "/api/drives/73-2562/kpi",
            "/api/drives/73-2562/audit?size=200", "/api/drives/74-2562/audit?size=200",
            "/api/register/statistics/subdistricts/750101", "/api/register/statistics/provinces/75",
            "/api/tambon-centres/" + MAE_KLONG);

    @Autowired
    BatchCommands batches;
    @Autowired
    LedgerCommands ledger;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DataSource dataSource;
    @Value("${oneplan.personal-data.master-key}")
    String masterKey;

    /** The centre's staff record services, a move and an erasure a month after the import. */
    private final CommandContext staff = CommandContext.by("staff@mae-klong", Instant.parse("2019-12-20T03:00:00Z"));

    @BeforeEach
    void givenDrivesCentresAndTwoThousandWorkers() {
        Long scene = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, worker(WORKERS - 1));
        if (scene != null && scene > 0) {
            return; // an earlier test of this class set the scene
        }
        drive(73, 730101);
        drive(74, 740101);
        assertThat(post("/api/pilot-programmes", json("{'provinceCode':75,'fiscalYear':2563,"
                + "'name':'โครงการนำร่องศูนย์ฯ ตำบล จังหวัดสมุทรสงคราม','declaredOn':'2019-10-20'}")).status())
                .isEqualTo(201);
        for (int tambon : List.of(750101, 750201)) {
            Answer designated = post("/api/pilot-programmes/pilot-75-2563/pilot-centres", json("{'centreId':"
                    + "'centre-" + tambon + "-2563','subdistrictCode':" + tambon + ",'designatedOn':'2019-10-25'}"));
            assertThat(designated.status()).as("%s", designated.body()).isEqualTo(201);
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + tambon + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 1'},'establishedOn':'2019-11-01',"
                    + "'pilot':true,'programmeId':'pilot-75-2563'}"));
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        }
        centreWork("/api/tambon-centres/" + MAE_KLONG);
        List<Creation> batch = new ArrayList<>();
        for (int n = 0; n < WORKERS; n++) {
            batch.add(registration(n));
            if (batch.size() == 250) {
                batches.createAll(batch, outcomes -> { });
                batch.clear();
            }
        }
        for (int n = 0; n < 200; n++) {
            int worker = n;
            ledger.send(worker(n), staff, recording -> new RecordServiceDelivered(worker(worker),
                    worker % 2 == 0 ? Service.SKILLS_TRAINING : Service.SOCIAL_SECURITY_SECTION_40,
                    worker % 2 == 0 ? Agency.SKILL_DEVELOPMENT_OFFICE : Agency.SOCIAL_SECURITY_OFFICE, null,
                    LocalDate.of(2019, 12, 2), null, null, recording));
        }
        ledger.send(worker(7), staff, recording -> new MoveWorker(worker(7), new Address("99", 2, 750201),
                BANG_KHONTHI, LocalDate.of(2019, 12, 10), recording));
        ledger.send(worker(9), staff, recording -> new ErasePersonalData(worker(9), ErasureGround.CONSENT_WITHDRAWN,
                LocalDate.of(2019, 12, 12), "สส 0001/2562", recording));
    }

    @Test
    void while_every_read_model_is_rebuilt_every_answer_is_the_complete_one_and_the_status_ends_done() throws Exception {
        awaitCaughtUp();
        Map<String, JsonNode> before = new LinkedHashMap<>();
        READS.forEach(path -> before.put(path, get(path).body()));
        assertThat(before.get("/api/register/statistics/subdistricts/750101").get("registeredWorkers").asLong())
                .isPositive();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        List<String> partial = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            int offset = r;
            Thread reader = new Thread(() -> {
                int i = offset;
                while (reading.get()) {
                    String path = READS.get(i++ % READS.size());
                    Answer answer = get(path);
                    answers.incrementAndGet();
                    if (answer.status() != 200 || !before.get(path).equals(answer.body())) {
                        partial.add(path + " answered " + answer.status() + ": " + answer.body() + " instead of "
                                + before.get(path));
                    }
                }
            }, "reader-" + r);
            reader.start();
            readers.add(reader);
        }
        int answersBefore;
        try {
            assertThat(post("/api/admin/projections/rebuild", "{}").status()).isEqualTo(202);
            answersBefore = answers.get();
            awaitRebuilt(ProjectionProcessing.PROCESSING_GROUPS);
        } finally {
            reading.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }

        assertThat(partial).as("answers that differed from the complete one during the rebuild").isEmpty();
        assertThat(answers.get()).as("answers read during the rebuild").isGreaterThan(answersBefore);
        for (JsonNode projection : get("/api/admin/projections").body().get("projections")) {
            assertThat(projection.get("rebuild").get("state").asText()).as("%s", projection).isEqualTo("DONE");
            assertThat(projection.get("rebuild").get("percent").asDouble()).isPositive();
            assertThat(projection.get("replaying").asBoolean()).as("%s", projection).isFalse();
            assertThat(projection.get("running").asBoolean()).as("%s", projection).isTrue();
        }
        awaitCaughtUp();
        READS.forEach(path -> assertThat(get(path).body()).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void rebuilt_read_tables_equal_the_live_ones_row_for_row_under_the_same_names_grants_and_owner() {
        awaitCaughtUp();
        Map<String, List<String>> live = readModelRows();
        List<String> liveCatalog = catalog();
        assertThat(live.get("registered_worker")).hasSizeGreaterThanOrEqualTo(WORKERS);

        assertThat(post("/api/admin/projections/rebuild", "{}").status()).isEqualTo(202);
        awaitRebuilt(ProjectionProcessing.PROCESSING_GROUPS);
        awaitCaughtUp();

        Map<String, List<String>> rebuilt = readModelRows();
        live.forEach((table, rows) -> assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(catalog()).as("tables, indexes, constraints, owners and grants").isEqualTo(liveCatalog);
        assertThat(jdbc.queryForList("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'",
                String.class)).as("rebuild schemas left").isEmpty();
        assertThat(jdbc.queryForList("SELECT processorname FROM tokenentry WHERE processorname LIKE '%@rebuild'",
                String.class)).as("rebuild tokens left").isEmpty();
    }

    @Test
    void every_table_of_the_public_schema_belongs_to_exactly_one_read_model_or_is_known_not_to_be_one() {
        assertThat(ReadModelTables.all().keySet()).as("processing groups whose tables ReadModelTables lists")
                .containsExactlyInAnyOrderElementsOf(ProjectionProcessing.PROCESSING_GROUPS);
        List<String> tables = jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
                String.class);
        Map<String, List<String>> owners = new HashMap<>();
        ReadModelTables.all().forEach((group, groupTables) -> groupTables.forEach(table ->
                owners.computeIfAbsent(table, t -> new ArrayList<>()).add(group)));
        ReadModelTables.NOT_READ_MODELS.forEach(table -> owners.computeIfAbsent(table, t -> new ArrayList<>())
                .add("not a read model"));
        Set<String> unowned = new TreeSet<>();
        for (String table : tables) {
            List<String> of = owners.getOrDefault(table, List.of());
            if (of.size() != 1) {
                unowned.add(table + " " + of);
            }
        }
        assertThat(unowned).as("tables of public that no read model (or more than one) owns in ReadModelTables,"
                + " and that are not in ReadModelTables.NOT_READ_MODELS: a rebuild would miss them").isEmpty();
        assertThat(tables).as("tables ReadModelTables names").containsAll(owners.keySet().stream()
                .filter(t -> !t.equals("app_user_renamed")).toList());
    }

    @Test
    void the_command_line_job_rebuilds_the_groups_it_is_given_and_says_so() throws Exception {
        awaitCaughtUp();
        JsonNode kpi = get("/api/drives/74-2562/kpi").body();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RebuildCommandLine job = new RebuildCommandLine(rebuilds, "drive-kpi, reporting-rules");

        int exit = job.rebuild("drive-kpi, reporting-rules", new PrintStream(printed, true, StandardCharsets.UTF_8));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("rebuild: drive-kpi DONE", "rebuild: reporting-rules DONE", "events/s",
                "rebuild: DONE 2 group(s)");
        assertThat(get("/api/drives/74-2562/kpi").body()).isEqualTo(kpi);

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertThat(job.rebuild("drive-kpi,no-such-group", new PrintStream(refused, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("no-such-group");
    }

    /**
     * The job as operators run it: {@code java -jar} with the rebuild profile, a process of its own on this test's
     * database, while this test's service keeps running: for the switch, the job is a second node whose rebuild
     * replaces tokens this service holds.
     */
    @Test
    void the_command_line_job_runs_as_its_own_process_beside_a_running_service_and_exits_0() throws Exception {
        awaitCaughtUp();
        JsonNode audit = get("/api/drives/73-2562/audit?size=200").body();
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("oneplan-app-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no packaged app/target/oneplan-app-*.jar"))
                    .toAbsolutePath();
        }
        Path log = Files.createTempFile("rebuild-cli", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Daxoniq.update-checker.disabled=true", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--spring.profiles.active=rebuild",
                "--oneplan.rebuild.groups=drive-audit,reporting-rules", "--spring.main.banner-mode=off",
                "--logging.level.org.axonframework=WARN", "--oneplan.security.password-hash-strength=4")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("ONEPLAN_"));
        builder.environment().put("SPRING_DATASOURCE_URL", dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
        builder.environment().put("ONEPLAN_PERSONAL_DATA_MASTER_KEY", masterKey);
        Process job = builder.start();
        try {
            assertThat(job.waitFor(4, TimeUnit.MINUTES)).as("the job ended").isTrue();
        } finally {
            job.destroyForcibly();
        }

        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(job.exitValue()).as(out).isZero();
        assertThat(out).contains("rebuild: drive-audit DONE", "rebuild: reporting-rules DONE",
                "rebuild: DONE 2 group(s)").doesNotContain("Tomcat started");
        awaitCaughtUp();
        assertThat(get("/api/drives/73-2562/audit?size=200").body()).isEqualTo(audit);
    }

    @Test
    void an_unknown_group_is_404_and_a_group_already_being_rebuilt_is_409() {
        awaitCaughtUp();
        assertThat(post("/api/admin/projections/no-such-group/rebuild", "{}").status()).isEqualTo(404);

        Answer first = post("/api/admin/projections/registered-workers/rebuild", "{}");
        Answer again = post("/api/admin/projections/registered-workers/rebuild", "{}");

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().get("rebuild").get("state").asText()).isIn("QUEUED", "BUILDING");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("rebuild-in-progress");
        awaitRebuilt(List.of("registered-workers"));
    }

    /**
     * Not a check but a measurement, run on demand: the old replay (stop, reset the token, fold again into the
     * live tables) against the rebuild, for the biggest groups. {@code -Doneplan.rebuild.measure=true}, and
     * {@code -Doneplan.projections.segments.<group>=1} to compare one segment with the default.
     */
    @Test
    @EnabledIfSystemProperty(named = "oneplan.rebuild.measure", matches = "true")
    void measure_the_old_replay_against_the_rebuild() throws Exception {
        // -Doneplan.rebuild.measure.workers=n registers n more workers first (once), for a bigger stream.
        int more = Integer.getInteger("oneplan.rebuild.measure.workers", 0);
        if (more > 0 && jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, worker(WORKERS + more - 1)) == 0) {
            List<Creation> batch = new ArrayList<>();
            for (int n = WORKERS; n < WORKERS + more; n++) {
                batch.add(registration(n));
                if (batch.size() == 250) {
                    batches.createAll(batch, outcomes -> { });
                    batch.clear();
                }
            }
            batches.createAll(batch, outcomes -> { });
        }
        for (String group : List.of("registered-workers", "register-statistics", "drive-audit", "drive-acts")) {
            awaitCaughtUp();
            long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
            StreamingEventProcessor live = processing.eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow();
            long started = System.nanoTime();
            live.shutDown();
            live.resetTokens();
            live.start();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
                var segments = live.processingStatus().values();
                return !segments.isEmpty() && segments.stream().allMatch(s -> s.isCaughtUp()
                        && s.getCurrentPosition().orElse(0) >= head);
            });
            double replaySeconds = (System.nanoTime() - started) / 1e9;
            awaitCaughtUp();
            started = System.nanoTime();
            rebuilds.rebuild(group);
            awaitRebuilt(List.of(group));
            double rebuildSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("MEASURE %s (%d live segment(s), rebuild %s): %d events; old replay %.2f s = %.0f"
                            + " events/s; rebuild %.2f s = %.0f events/s (its own figure %s)%n", group,
                    live.processingStatus().size(), rebuilds.progress(group).segments(), head, replaySeconds,
                    head / replaySeconds, rebuildSeconds, head / rebuildSeconds,
                    rebuilds.progress(group).eventsPerSecond());
        }
    }

    /**
     * Before rebuilds, a replay reset the live token, and the status said {@code replaying: true} until the next
     * event after the reset position, minutes after it had caught up. A token reset that way (by an operator with
     * Axon's tools, or left by an older version) now reads replaying only until caught up.
     */
    @Test
    void a_token_reset_the_old_way_is_not_reported_replaying_once_caught_up() {
        awaitCaughtUp();
        StreamingEventProcessor live = processing.eventProcessor("reporting-rules", StreamingEventProcessor.class)
                .orElseThrow();
        live.shutDown();
        live.resetTokens();
        live.start();

        awaitCaughtUp();
        JsonNode status = null;
        for (JsonNode p : get("/api/admin/projections").body().get("projections")) {
            if (p.get("processingGroup").asText().equals("reporting-rules")) {
                status = p;
            }
        }
        assertThat(status).isNotNull();
        assertThat(status.get("caughtUp").asBoolean()).isTrue();
        assertThat(status.get("replaying").asBoolean()).as("%s", status).isFalse();
    }

    // --- the scene ---

    private void drive(int province, int pilotSite) {
        String drive = "/api/drives/" + province + "-2562";
        assertThat(post("/api/drives", json("{'provinceCode':" + province + ",'fiscalYear':2562,'leadOfficer':"
                + "{'name':'Lead','position':'Provincial Labour head'},'leadAssignedOn':'2018-10-20'}")).status())
                .isEqualTo(201);
        assertThat(post(drive + "/meetings", json("{'meetingNumber':'1/2562','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'15 ม.ค. 2562','chair':'Vice governor'}")).status()).isEqualTo(201);
        Answer order = post(drive + "/working-group", json("{'orderNumber':'ที่ 100/2561','orderDate':'2018-12-01',"
                + "'signedBy':'Governor','members':["
                + "{'name':'Head','position':'Provincial Labour head','organisation':'PLO','sector':'GOVERNMENT','role':'HEAD'},"
                + "{'name':'Owner','position':'Chair','organisation':'SME club','sector':'PRIVATE','role':'MEMBER'},"
                + "{'name':'Volunteer','position':'Chair','organisation':'Labour volunteers','sector':'PEOPLE','role':'MEMBER'}]}"));
        assertThat(order.status()).isEqualTo(201);
        assertThat(post(drive + "/plans", json("{'oneGoal':'Informal workers have income and social security',"
                + "'writtenOn':'2019-01-10','projects':[{'projectCode':'P1','name':'Skills','owningAgency':"
                + "'SKILL_DEVELOPMENT_OFFICE','targetGroup':'farmers','targetHeadcount':20,'pilotSites':[" + pilotSite
                + "],'budget':20000,'budgetSource':'CENTRAL_MINISTRY'}]}")).status()).isEqualTo(201);
        assertThat(post(drive + "/plans/1/approval", json("{'meetingNumber':'๑/๒๕๖๒'}")).status()).isEqualTo(201);
        assertThat(post(drive + "/corrections", json("{'correctsEventId':'" + order.body().get("eventId").asText()
                + "','whatWasWrong':'the order was signed by the vice governor',"
                + "'corrections':[{'field':'signedBy','correctedValue':'Vice governor'}],'correctedOn':'2019-02-01'}"),
                "inspector@mol").status()).isEqualTo(201);
        assertThat(post(drive + "/inspections", json("{'inspector':'MOL inspector','inspectionDate':'2019-10-10',"
                + "'findings':'follow-up visit','lateRecord':true}")).status()).isEqualTo(201);
    }

    /** The centre's committee, its quality-of-life plan and the funders' answers: centre-work's tables. */
    private void centreWork(String centre) {
        Answer appointed = post(centre + "/committee", json("{'members':[{'name':'นายสมชาย ใจดี','role':'CHAIR',"
                + "'labourVolunteer':true},{'name':'นางสมศรี รักถิ่น','role':'MEMBER',"
                + "'localGovernmentRepresentative':true,'organisation':'อบต.แม่กลอง'}],'appointedOn':'2019-11-05'}"));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(201);
        Answer plan = post(centre + "/quality-of-life-plans", json("{'fiscalYear':2563,'items':["
                + "{'category':'OCCUPATION_AND_INCOME','description':'อบรมอาชีพทำขนมพื้นบ้าน 2 รุ่น','amount':45000.00,"
                + "'source':'PROVINCIAL_DEVELOPMENT_BUDGET'},"
                + "{'category':'SOCIAL_SECURITY_SECTION_40','description':'รณรงค์สมัครประกันสังคมมาตรา 40',"
                + "'amount':20000,'source':'LOCAL_GOVERNMENT'}],'submittedOn':'2019-11-10'}"));
        assertThat(plan.status()).as("%s", plan.body()).isEqualTo(201);
        Answer decided = post(centre + "/quality-of-life-plans/" + plan.body().get("planId").asText() + "/funding",
                json("{'decisions':[{'itemNumber':1,'outcome':'GRANTED','grantedAmount':40000.00},{'itemNumber':2,"
                        + "'outcome':'REFUSED','reason':'งบประมาณปีนี้เต็มแล้ว'}],'decidedOn':'2019-11-15'}"));
        assertThat(decided.status()).as("%s", decided.body()).isEqualTo(201);
    }

    private Creation registration(int n) {
        String key = "rebuild-it:" + n;
        CommandContext context = CommandContext.by("survey-import@samut-songkhram", IMPORTED_AT)
                .withIdempotencyKey(key, key);
        int tambon = n % 2 == 0 ? 750101 : 750201;
        NationalId id = NationalId.parse(SurveyFiles.nationalId(73_000_000L + n), "nationalId");
        return new Creation(worker(n), context, recording -> new RegisterWorker(worker(n), id,
                n % 3 == 0 ? Title.MR : Title.MRS, "สมศรี", "ใจดี", LocalDate.of(1970 + n % 30, 1 + n % 12, 1),
                new Address(String.valueOf(n + 1), 1 + n % 5, tambon), OccupationGroup.values()[n % 4],
                Education.values()[n % 3], null, List.of(), List.of(Need.values()[n % 3]), LawfulBasis.publicTask(),
                "centre-" + tambon + "-2563", LocalDate.of(2019, 11, 15), recording));
    }

    private static String worker(int n) {
        return "worker-" + UUID.nameUUIDFromBytes(("rebuild-it-" + n).getBytes(StandardCharsets.UTF_8));
    }

    // --- reading the read side ---

    /** Every row of every read model's table, as PostgreSQL writes the row, in order. */
    private Map<String, List<String>> readModelRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        ReadModelTables.all().values().forEach(tables -> tables.forEach(table -> rows.put(table,
                jdbc.queryForList("SELECT t::text FROM public." + table + " t ORDER BY 1", String.class))));
        return rows;
    }

    private List<String> catalog() {
        List<String> catalog = new ArrayList<>();
        catalog.addAll(jdbc.queryForList("SELECT tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes"
                + " WHERE schemaname = 'public' ORDER BY 1", String.class));
        catalog.addAll(jdbc.queryForList("SELECT conrelid::regclass::text || ' ' || conname || ' '"
                + " || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
                + " ORDER BY 1", String.class));
        catalog.addAll(jdbc.queryForList("SELECT relname || ' ' || pg_get_userbyid(relowner) || ' '"
                + " || COALESCE(relacl::text, '') FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                + " AND relkind = 'r' ORDER BY 1", String.class));
        catalog.addAll(jdbc.queryForList("SELECT table_name || ' ' || ordinal_position || ' ' || column_name || ' '"
                + " || data_type || ' ' || COALESCE(column_default, '') || ' ' || is_nullable"
                + " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1", String.class));
        return catalog;
    }
}
