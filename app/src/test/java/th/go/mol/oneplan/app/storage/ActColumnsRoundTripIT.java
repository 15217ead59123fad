package th.go.mol.oneplan.app.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.EventPosition;
import th.go.mol.oneplan.query.ReadModelJson;
import th.go.mol.oneplan.query.acts.ActTypes;
import th.go.mol.oneplan.query.acts.ActVersion;
import th.go.mol.oneplan.query.acts.ActVersionWriter;
import th.go.mol.oneplan.query.acts.DriveActs;
import th.go.mol.oneplan.query.basis.Clocks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of act is kept in columns of its own (V24) and read back exactly: the record read equals the record
 * written, with nulls, empty and non-empty lists, an instant to the nanosecond, and corrected versions. And the
 * V24 migration, run on tables of the old shape holding the acts as JSON, fills the columns with the same acts.
 */
class ActColumnsRoundTripIT extends LedgerIntegrationTest {
    private static final String DRIVE = "98-2998";
    private static final Recording RECORDING = new Recording("secretary@test",
            Instant.parse("2019-09-30T03:00:00.123456789Z"), "command-1");
    /** Nanoseconds a microsecond timestamp would round up into the next second. */
    private static final Recording LAST_NANOSECOND = new Recording("secretary@test",
            Instant.parse("2019-09-30T03:00:59.999999999Z"), "command-2");
    private static final LocalDate DAY = LocalDate.of(2019, 1, 15);
    private static final AllocationRef PARTNER_LOCAL = new AllocationRef(BudgetSource.LOCAL_GOVERNMENT, Agency.PARTNER,
            "อบต.วังมะปรางเหนือ");
    private static final AllocationRef SKILL_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.SKILL_DEVELOPMENT_OFFICE, null);
    private static final Member HEAD = new Member("นายสมชาย", "แรงงานจังหวัด", "สนง.แรงงานจังหวัด", Sector.GOVERNMENT,
            MemberRole.HEAD);
    private static final Member UNNAMED_SIDE = new Member("นางสมศรี", null, null, null, null);
    private static final PlanProject FUNDED = new PlanProject("P1", "ฝึกอาชีพ", Agency.SKILL_DEVELOPMENT_OFFICE, null,
            "แรงงานนอกระบบ", 40, List.of(920705, 920706), List.of(
            new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE, null, 35_000_00L),
            new Allocation(BudgetSource.LOCAL_GOVERNMENT, Agency.PARTNER, "อบต.วังมะปรางเหนือ", 5_000_00L)));
    private static final PlanProject UNFUNDED = new PlanProject("P2", "เครือข่าย", Agency.PARTNER, "พัฒนาชุมชน", null, 0,
            List.of(), List.of());

    @Autowired
    ActVersionWriter writer;
    @Autowired
    DriveActs driveActs;

    private static String id(int n) {
        return DRIVE + "/" + n;
    }

    /** Acts of every kind, some twice to cover nulls and empty lists as well as full ones. */
    static List<RecordedAct> acts() {
        List<RecordedAct> acts = List.of(
                new ProvincialDriveStarted(DRIVE, id(1), 98, "ทดสอบ", "Test", 2562,
                        new LeadOfficer("นายสมชาย", "แรงงานจังหวัด"), DAY, false, RECORDING),
                new ProvincialDriveStarted(DRIVE, id(2), 98, "ทดสอบ", null, 2562, null, DAY, true, LAST_NANOSECOND),
                new AgendaItemsSelected(DRIVE, id(3), List.of(13, 2, 7), "1/2562", DAY, false, RECORDING),
                new AgendaItemsSelected(DRIVE, id(4), List.of(), null, DAY, false, RECORDING),
                new WorkingGroupAppointed(DRIVE, id(5), "123/2562", "ผู้ว่าราชการจังหวัด", List.of(HEAD, UNNAMED_SIDE),
                        DAY, false, RECORDING),
                new WorkingGroupAppointed(DRIVE, id(6), "124/2562", null, List.of(), DAY, false, RECORDING),
                new WorkingGroupAmended(DRIVE, id(7), "125/2562", List.of(UNNAMED_SIDE), List.of("นายเก่า", "นางเก่า"),
                        "ย้ายราชการ", DAY, false, RECORDING),
                new WorkingGroupAmended(DRIVE, id(8), null, List.of(), List.of(), null, DAY, false, RECORDING),
                new MeetingRecorded(DRIVE, id(9), "2/2562", MeetingType.WORKING_GROUP, "ประธาน",
                        List.of("ก", "ข"), List.of("อนุมัติแผน"), DAY, false, RECORDING),
                new MeetingRecorded(DRIVE, id(10), "3/2562", null, null, List.of(), List.of(), DAY, false, RECORDING),
                new PlanDrafted(DRIVE, id(11), 1, "มีอาชีพ มีรายได้", List.of(FUNDED, UNFUNDED), DAY, false, RECORDING),
                new PlanDrafted(DRIVE, id(12), 1, null, List.of(), DAY, false, RECORDING),
                new PlanRevised(DRIVE, id(13), 2, 1, "ข้อเสนอผู้ตรวจ", id(15), "มีอาชีพ", List.of(UNFUNDED, FUNDED), DAY,
                        false, RECORDING),
                new PlanRevised(DRIVE, id(14), 3, 2, null, null, null, List.of(), DAY, false, RECORDING),
                new PlanApproved(DRIVE, id(15), 1, "2/2562", id(9), DAY, false, RECORDING),
                new FieldVisitLogged(DRIVE, id(16), 920705, "วังมะปรางเหนือ", "ศาลา", List.of("สนง.แรงงาน", "สปส."), 45,
                        List.of("สมัครประกันสังคม"), "P1", DAY, false, RECORDING, 1_500_50L, SKILL_CENTRAL,
                        "centre-920705", List.of("w-1", "w-2")),
                new FieldVisitLogged(DRIVE, id(17), 920705, null, null, List.of(), 0, List.of(), null, DAY, false,
                        RECORDING, 0L, null, null, List.of()),
                new InspectionRecorded(DRIVE, id(18), "ผู้ตรวจ", "ดี", List.of("ขยายผล"), DAY, false, RECORDING),
                new InspectionRecorded(DRIVE, id(19), "ผู้ตรวจ", null, List.of(), DAY, false, RECORDING),
                new MonthlyReportSubmitted(DRIVE, id(20), ReportForm.FORM_62_1, YearMonth.of(2019, 2),
                        YearMonth.of(2019, 3), "ตง 0001/1", "ก้าวหน้า", DAY, false, RECORDING),
                new MonthlyReportSubmitted(DRIVE, id(21), ReportForm.FORM_62_3, YearMonth.of(2019, 4),
                        YearMonth.of(2019, 4), null, null, DAY, true, RECORDING),
                new OneGoalSummarySubmitted(DRIVE, id(22), "ตง 0001/9", "ผลดี", 120, DAY, false, RECORDING),
                new ActivityRecorded(DRIVE, id(23), 920705, "วังมะปรางเหนือ", 20, 20_000_00L,
                        Agency.SKILL_DEVELOPMENT_OFFICE, "P1", "ฝึกอาชีพ", DAY, false, RECORDING, PARTNER_LOCAL,
                        List.of("w-3")),
                new ActivityRecorded(DRIVE, id(24), 920705, null, 0, 0L, null, null, null, DAY, false, RECORDING, null,
                        List.of()),
                new BudgetReallocated(DRIVE, id(25), "P1", "P2", 5_000_00L, "ผู้สมัครมาก", DAY, false, RECORDING,
                        SKILL_CENTRAL, PARTNER_LOCAL),
                new BudgetReallocated(DRIVE, id(26), "P1", "P2", 1L, null, DAY, false, RECORDING, null, null));
        assertThat(acts.stream().map(Object::getClass).distinct().toList())
                .as("every kind of act is covered").containsExactlyInAnyOrderElementsOf(ActTypes.all());
        return acts;
    }

    /** Corrected versions of some of them: the versions after the first. */
    static Map<String, List<RecordedAct>> corrections(List<RecordedAct> acts) {
        Map<String, RecordedAct> byId = acts.stream().collect(Collectors.toMap(RecordedAct::eventId, Function.identity()));
        RecordedAct visit = DriveHistory.applied(byId.get(id(16)), List.of(new FieldCorrection("visitDate", "2019-02-01"),
                new FieldCorrection("peopleReached", "60")));
        RecordedAct visitAgain = DriveHistory.applied(visit, List.of(new FieldCorrection("amountSpent", "19500.00")));
        RecordedAct plan = DriveHistory.applied(byId.get(id(11)), List.of(new FieldCorrection("oneGoal", "ใหม่")));
        RecordedAct appointed = DriveHistory.applied(byId.get(id(5)), List.of(new FieldCorrection("signedBy", "")));
        RecordedAct started = DriveHistory.applied(byId.get(id(1)),
                List.of(new FieldCorrection("leadOfficer.position", "รักษาราชการแทน")));
        return Map.of(id(16), List.of(visit, visitAgain), id(11), List.of(plan), id(5), List.of(appointed),
                id(1), List.of(started));
    }

    @AfterEach
    void forgetTheDrive() {
        jdbc.update("DELETE FROM drive_act_version WHERE drive_id = ?", DRIVE);
        for (String table : ActTypes.tables()) {
            jdbc.update("DELETE FROM " + table + " WHERE event_id LIKE ?", DRIVE + "/%");
        }
    }

    @Test
    void every_kind_of_act_and_each_corrected_version_reads_back_equal_to_what_was_written() {
        List<RecordedAct> acts = acts();
        Map<String, List<RecordedAct>> corrections = corrections(acts);
        List<ActVersion> written = new ArrayList<>();
        long global = 1;
        for (RecordedAct act : acts) {
            written.add(version(act, 1, global++, act.recording().recordedAt(), null));
        }
        int correction = 100;
        for (var corrected : corrections.entrySet()) {
            int v = 2;
            for (RecordedAct act : corrected.getValue()) {
                written.add(version(act, v++, global++, Instant.parse("2019-10-01T03:00:00Z"), id(correction++)));
            }
        }
        written.forEach(writer::write);
        // A re-delivered act changes nothing.
        writer.write(written.get(0));

        List<ActVersion> read = driveActs.versions(DRIVE, Clocks.NOW);

        assertThat(read).hasSize(written.size());
        Map<String, RecordedAct> readActs = read.stream()
                .collect(Collectors.toMap(v -> v.eventId() + "#" + v.version(), ActVersion::act));
        for (ActVersion version : written) {
            assertThat(readActs.get(version.eventId() + "#" + version.version()))
                    .as("version %s of %s", version.version(), version.eventId()).isEqualTo(version.act());
        }
        assertThat(driveActs.versionsOf(id(16))).extracting(ActVersion::act)
                .containsExactlyElementsOf(List.of(acts.get(15), corrections.get(id(16)).get(0),
                        corrections.get(id(16)).get(1)));
        assertThat(driveActs.of(DRIVE)).hasSize(acts.size());
    }

    @Test
    void the_v24_migration_turns_acts_kept_as_json_into_the_same_acts_in_columns() throws Exception {
        List<RecordedAct> acts = acts();
        Map<String, List<RecordedAct>> corrections = corrections(acts);
        String schema = "v24_" + Long.toHexString(System.nanoTime());
        String migration = new ClassPathResource("db/migration/V24__act_columns.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            String searchPath = db.queryForObject("SHOW search_path", String.class);
            try {
                db.execute("CREATE SCHEMA " + schema);
                db.execute("SET search_path TO " + schema);
                createTheTablesAsBeforeV24(db);
                int correction = 100;
                for (RecordedAct act : acts) {
                    insertAsBeforeV24(db, act, 1, null);
                    int v = 2;
                    for (RecordedAct corrected : corrections.getOrDefault(act.eventId(), List.of())) {
                        insertAsBeforeV24(db, corrected, v++, id(correction++));
                    }
                }
                db.update("INSERT INTO reporting_rules_version VALUES (2562, 1, '2562/rules/1', CAST(? AS jsonb))",
                        "{\"fiscalYear\":\"2562\",\"eventId\":\"2562/rules/1\",\"version\":1,\"letterNumber\":\"รง 1\","
                                + "\"letterDate\":\"2018-10-01\",\"forms\":[\"62-1\",\"62-3\"],\"firstPeriodFrom\":"
                                + "\"2018-10\",\"firstPeriodTo\":\"2018-12\",\"firstDueDate\":\"2019-01-05\","
                                + "\"monthlyDueDay\":5,\"reason\":null,\"businessDate\":\"2018-10-01\",\"recording\":"
                                + "{\"recordedBy\":\"admin\",\"recordedAt\":\"2018-10-02T03:00:00.5Z\",\"commandId\":\"c\"}}");

                db.execute(migration);

                DriveActs migrated = new DriveActs(new NamedParameterJdbcTemplate(db));
                List<ActVersion> read = migrated.versions(DRIVE, Clocks.NOW);
                for (RecordedAct act : acts) {
                    List<RecordedAct> expected = new ArrayList<>(List.of(act));
                    expected.addAll(corrections.getOrDefault(act.eventId(), List.of()));
                    assertThat(read.stream().filter(v -> v.eventId().equals(act.eventId())).map(ActVersion::act))
                            .as("the versions of %s", act.eventId()).containsExactlyElementsOf(expected);
                }
                assertThat(db.queryForObject("SELECT to_regclass('drive_act') IS NULL", Boolean.class)).isTrue();
                assertThat(db.queryForList("SELECT forms[2] || ':' || first_period_from || ':' || recorded_nano"
                        + " FROM reporting_rules_version", String.class)).containsExactly("62-3:2018-10-01:500000000");
            } finally {
                db.execute("SET search_path TO " + searchPath);
                db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static ActVersion version(RecordedAct act, int version, long globalPosition, Instant recordedAt,
                                      String correctionId) {
        return new ActVersion(act.eventId(), version, EventPosition.of(act.eventId()), ActTypes.nameOf(act),
                act.businessDate(), globalPosition, recordedAt, "secretary@test", correctionId,
                correctionId == null ? null : "typed wrong", act);
    }

    /** drive_act_version as V19 made it, drive_act (V2) and reporting_rules_version (V6), in the test's schema. */
    private static void createTheTablesAsBeforeV24(JdbcTemplate db) {
        db.execute("""
                CREATE TABLE drive_act_version (
                    event_id TEXT NOT NULL, version INTEGER NOT NULL, drive_id TEXT NOT NULL, position BIGINT NOT NULL,
                    act_type TEXT NOT NULL, business_date DATE NOT NULL, late_record BOOLEAN NOT NULL,
                    document_reference TEXT, global_position BIGINT NOT NULL, recorded_at TIMESTAMPTZ NOT NULL,
                    recorded_by TEXT NOT NULL, correction_event_id TEXT, correction_position BIGINT,
                    what_was_wrong TEXT, content JSONB NOT NULL, PRIMARY KEY (event_id, version));
                CREATE TABLE drive_act (event_id TEXT PRIMARY KEY, payload JSONB NOT NULL);
                CREATE TABLE reporting_rules_version (fiscal_year INTEGER NOT NULL, version INTEGER NOT NULL,
                    event_id TEXT NOT NULL, payload JSONB NOT NULL, PRIMARY KEY (fiscal_year, version))""");
    }

    private static void insertAsBeforeV24(JdbcTemplate db, RecordedAct act, int version, String correctionId) {
        db.update("""
                        INSERT INTO drive_act_version (event_id, version, drive_id, position, act_type, business_date,
                                                       late_record, global_position, recorded_at, recorded_by,
                                                       correction_event_id, content)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'secretary@test', ?, CAST(? AS jsonb))""",
                act.eventId(), version, act.driveId(), EventPosition.of(act.eventId()), ActTypes.nameOf(act),
                act.businessDate(), act.lateRecord(), (long) version, Columns.timestamp(act.recording().recordedAt()),
                correctionId, ReadModelJson.write(act));
    }
}
