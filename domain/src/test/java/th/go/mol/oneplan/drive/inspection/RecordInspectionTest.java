package th.go.mol.oneplan.drive.inspection;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** An MOL inspector's visit, with findings and recommendations, is recorded; it is no KPI level itself. */
class RecordInspectionTest {
    private static final String INSPECTOR = "ผู้ตรวจราชการกระทรวงแรงงาน";

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static RecordInspection inspection(String inspector, LocalDate on, String findings, boolean lateRecord) {
        return new RecordInspection(DRIVE_ID, inspector, on, findings, List.of("narrow the plan"), lateRecord,
                recording(INSPECTED));
    }

    @Test
    void the_inspectors_visit_of_2019_03_05_and_advice_to_narrow_the_plan_are_recorded() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(recordInspection())
                .expectEvents(new InspectionRecorded(DRIVE_ID, "92-2562/14", INSPECTOR,
                        "10 pilot sites spread the budget and the agencies too thin",
                        List.of("narrow the plan from 10 sites to 1 site", "work with 1 occupation group"),
                        LocalDate.of(2019, 3, 5), false, recording(INSPECTED)));
    }

    @Test
    void an_inspection_may_come_before_any_level_is_reached_and_keeps_only_real_recommendations() {
        fixture.given(through(STARTED))
                .when(new RecordInspection(DRIVE_ID, " " + INSPECTOR + " ", LocalDate.of(2018, 12, 1), " no plan yet ",
                        Arrays.asList(" appoint the working group ", " ", null), false, recording(INSPECTED)))
                .expectEvents(new InspectionRecorded(DRIVE_ID, "92-2562/2", INSPECTOR, "no plan yet",
                        List.of("appoint the working group"), LocalDate.of(2018, 12, 1), false, recording(INSPECTED)));
    }

    @Test
    void refuses_an_inspection_without_the_inspectors_name() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(inspection(" ", INSPECTED_ON, "findings", false))
                .expectException(invalidValue("inspector", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_inspection_without_findings() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(inspection(INSPECTOR, INSPECTED_ON, null, false))
                .expectException(invalidValue("findings", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_an_inspection_outside_the_fiscal_year_unless_recorded_as_late() {
        LocalDate afterTheYear = LocalDate.of(2019, 10, 1);

        fixture.given(through(LEVEL_4_REACHED))
                .when(inspection(INSPECTOR, afterTheYear, "follow-up", false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectNoEvents();
        fixture.given(through(LEVEL_4_REACHED))
                .when(inspection(INSPECTOR, afterTheYear, "follow-up", true))
                .expectEvents(new InspectionRecorded(DRIVE_ID, "92-2562/14", INSPECTOR, "follow-up",
                        List.of("narrow the plan"), afterTheYear, true, recording(INSPECTED)));
    }

    @Test
    void refuses_an_inspection_dated_after_the_day_it_is_recorded() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(inspection(INSPECTOR, LocalDate.of(2019, 10, 2), "findings", true))
                .expectException(invalidValue("inspectionDate", "not-in-future"))
                .expectNoEvents();
    }
}
