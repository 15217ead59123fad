package th.go.mol.oneplan.drive;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.Recording;

import java.time.Instant;
import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** Step 1, plan and prepare: a province opens its drive for a fiscal year and names the lead officer. */
class StartProvincialDriveTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static StartProvincialDrive start(String driveId, int province, int fiscalYear, LeadOfficer lead,
                                              LocalDate assignedOn, boolean lateRecord, Recording recording) {
        return new StartProvincialDrive(driveId, province, fiscalYear, lead, assignedOn, lateRecord, recording);
    }

    @Test
    void trang_opens_its_fy_2562_drive_with_the_acting_provincial_labour_head_as_lead() {
        fixture.givenNoPriorActivity()
                .when(startDrive())
                .expectEvents(new ProvincialDriveStarted("92-2562", "92-2562/1", 92, "ตรัง", "Trang", 2562, LEAD,
                        LocalDate.of(2018, 10, 19), false, recording(1)));
    }

    @Test
    void refuses_a_province_code_that_is_not_thai() {
        fixture.givenNoPriorActivity()
                .when(start("99-2562", 99, 2562, LEAD, LEAD_ASSIGNED_ON, false, recording(1)))
                .expectException(invalidValue("provinceCode", "thai-province"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_fiscal_year_given_in_the_common_era() {
        fixture.givenNoPriorActivity()
                .when(start("92-2019", 92, 2019, LEAD, LEAD_ASSIGNED_ON, false, recording(1)))
                .expectException(invalidValue("fiscalYear", "fiscal-year-range"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_drive_id_that_does_not_name_the_province_and_fiscal_year() {
        fixture.givenNoPriorActivity()
                .when(start("92-2561", 92, 2562, LEAD, LEAD_ASSIGNED_ON, false, recording(1)))
                .expectException(invalidValue("driveId", "drive-id-format"))
                .expectExceptionMessage(containsString("has id 92-2562, not 92-2561"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_drive_without_a_lead_officer() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, null, LEAD_ASSIGNED_ON, false, recording(1)))
                .expectException(invalidValue("leadOfficer", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_lead_officer_without_a_name() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, new LeadOfficer(" ", LEAD.position()), LEAD_ASSIGNED_ON, false,
                        recording(1)))
                .expectException(invalidValue("leadOfficer.name", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_lead_officer_without_a_position() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, new LeadOfficer(LEAD.name(), null), LEAD_ASSIGNED_ON, false,
                        recording(1)))
                .expectException(invalidValue("leadOfficer.position", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_drive_without_the_date_the_lead_was_assigned() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, LEAD, null, false, recording(1)))
                .expectException(invalidValue("leadAssignedOn", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_lead_assigned_before_the_fiscal_year_unless_recorded_as_late() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, LEAD, LocalDate.of(2018, 9, 30), false, recording(1)))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("leadAssignedOn 2018-09-30 is outside fiscal year 2562"
                        + " (2018-10-01 to 2019-09-30)"))
                .expectNoEvents();
    }

    @Test
    void records_a_lead_assigned_before_the_fiscal_year_when_marked_as_a_late_record() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, LEAD, LocalDate.of(2018, 9, 30), true, recording(1)))
                .expectEvents(new ProvincialDriveStarted(DRIVE_ID, "92-2562/1", 92, "ตรัง", "Trang", 2562, LEAD,
                        LocalDate.of(2018, 9, 30), true, recording(1)));
    }

    @Test
    void refuses_a_lead_assignment_dated_after_the_day_it_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, LEAD, LocalDate.of(2019, 10, 2), true, recording(1)))
                .expectException(invalidValue("leadAssignedOn", "not-in-future"))
                .expectExceptionMessage(containsString("later than the day it is recorded (2019-10-01)"))
                .expectNoEvents();
    }

    @Test
    void takes_the_recording_day_in_bangkok_time_not_utc() {
        // 2018-10-18 17:30 UTC is already 2018-10-19 00:30 in Bangkok.
        Recording justAfterMidnightInBangkok = new Recording(RECORDED_BY, Instant.parse("2018-10-18T17:30:00Z"), "cmd-1");

        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, LEAD, LEAD_ASSIGNED_ON, false, justAfterMidnightInBangkok))
                .expectEvents(new ProvincialDriveStarted(DRIVE_ID, "92-2562/1", 92, "ตรัง", "Trang", 2562, LEAD,
                        LEAD_ASSIGNED_ON, false, justAfterMidnightInBangkok));
    }

    @Test
    void refuses_a_date_that_is_tomorrow_in_bangkok() {
        // 2018-10-18 16:59 UTC is 2018-10-18 23:59 in Bangkok: the 19th has not begun there.
        Recording justBeforeMidnightInBangkok = new Recording(RECORDED_BY, Instant.parse("2018-10-18T16:59:00Z"), "cmd-1");

        fixture.givenNoPriorActivity()
                .when(start(DRIVE_ID, 92, 2562, LEAD, LEAD_ASSIGNED_ON, false, justBeforeMidnightInBangkok))
                .expectException(invalidValue("leadAssignedOn", "not-in-future"))
                .expectNoEvents();
    }
}
