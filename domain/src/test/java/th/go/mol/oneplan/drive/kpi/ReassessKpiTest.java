package th.go.mol.oneplan.drive.kpi;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * When the KPI rules change, the levels recorded under the old rules stay in the event store; the ministry
 * reassesses a drive to record, under the rules in force, every level whose outcome now differs. Given: Trang's
 * drive, as recorded.
 */
class ReassessKpiTest {
    private static final LocalDate DECIDED_ON = LocalDate.of(2019, 9, 1);
    private static final String REASON = "level 4 evidence now names every report that followed up the plan";
    private static final LocalDate MARCH_REPORTED_ON = LocalDate.of(2019, 4, 5);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static ReassessKpi reassess() {
        return new ReassessKpi(DRIVE_ID, REASON, DECIDED_ON, recording(99));
    }

    private static MonthlyReportSubmitted marchReport(int position) {
        return new MonthlyReportSubmitted(DRIVE_ID, id(position), ReportForm.FORM_62_1, YearMonth.of(2019, 3),
                YearMonth.of(2019, 3), "ตง 0027/300", "ผลเดือนมีนาคม", MARCH_REPORTED_ON, false, recording(position));
    }

    @Test
    void a_drive_recorded_under_the_rules_in_force_has_nothing_to_reassess() {
        fixture.given(stream())
                .when(reassess())
                .expectNoEvents()
                .expectException(brokenRule("kpi-already-current"));
    }

    @Test
    void the_march_report_recorded_when_level_4_named_one_report_joins_its_evidence_on_reassessment() {
        // Under the old rule the March report changed nothing, so no level 4 event followed it.
        List<Object> given = new ArrayList<>(through(LEVEL_4_REACHED));
        given.add(marchReport(14));
        Evidence february = Evidence.of(februaryReportSubmitted());
        Evidence march = Evidence.of(marchReport(14));

        fixture.given(given)
                .when(reassess())
                .expectEvents(new KpiReassessed(DRIVE_ID, id(15), REASON, List.of(4), DECIDED_ON, false, recording(99)),
                        new KpiLevelReached(DRIVE_ID, id(16), 4, FEBRUARY_REPORTED_ON, List.of(february, march),
                                id(15), false, recording(99)));
    }

    @Test
    void a_level_the_rules_in_force_no_longer_grant_is_recorded_as_lost() {
        // Level 3 was recorded on a visit the rules in force do not count (it is absent from this history).
        List<Object> given = new ArrayList<>(through(LEVEL_3_REACHED));
        given.removeIf(FieldVisitLogged.class::isInstance);
        List<RecordedAct> acts = new ArrayList<>();
        given.stream().filter(RecordedAct.class::isInstance).map(RecordedAct.class::cast).forEach(acts::add);
        String because = KpiAssessor.assess(historyOf(acts)).level(KpiLevel.LEVEL_3).unmetBecause();

        fixture.given(given)
                .when(reassess())
                .expectEvents(new KpiReassessed(DRIVE_ID, id(11), REASON, List.of(3), DECIDED_ON, false, recording(99)),
                        new KpiLevelLost(DRIVE_ID, id(12), 3, FIRST_VISIT_ON, because, id(11), DECIDED_ON, false,
                                recording(99)));
    }

    @Test
    void a_reassessment_says_why_and_is_dated_between_the_years_start_and_today() {
        fixture.given(stream())
                .when(new ReassessKpi(DRIVE_ID, " ", DECIDED_ON, recording(99)))
                .expectException(invalidValue("reason", "required"));
        fixture.given(stream())
                .when(new ReassessKpi(DRIVE_ID, REASON, LocalDate.of(2018, 9, 30), recording(99)))
                .expectException(invalidValue("reassessedOn", "reassessment-date"));
        fixture.given(stream())
                .when(new ReassessKpi(DRIVE_ID, REASON, LocalDate.of(2019, 10, 2), recording(99)))
                .expectException(invalidValue("reassessedOn", "reassessment-date"));
    }
}
