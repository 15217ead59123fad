package th.go.mol.oneplan.register;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.TrangDrive;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.mol.oneplan.drive.TrangDrive.DRIVE_ID;

/**
 * A service booked to a project of Trang's drive of FY 2562: version 1 (P1-P4) in force from meeting 1 on
 * 2019-01-15, version 2 (P1-P3 and P5, no P4) from meeting 2 on 2019-04-17. The drive's history is folded from its
 * whole stream, KPI events included, as the command side reads it from the event store.
 */
class ServiceProjectInForceTest {
    private static final DriveHistory TRANG = DriveHistory.of(TrangDrive.stream().stream());

    @Test
    void a_service_under_a_project_of_the_plan_in_force_that_day_is_accepted() {
        assertThatCode(() -> ServiceRules.projectInForce("P4", LocalDate.of(2019, 3, 1), DRIVE_ID, TRANG))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceRules.projectInForce(" P5 ", LocalDate.of(2019, 4, 17), DRIVE_ID, TRANG))
                .as("the day of the meeting that approved version 2").doesNotThrowAnyException();
    }

    @Test
    void a_project_the_revision_dropped_is_refused_after_it_naming_projectCode() {
        assertThatThrownBy(() -> ServiceRules.projectInForce("P4", TrangDrive.SERVICE_DAY_ON, DRIVE_ID, TRANG))
                .isInstanceOfSatisfying(RuleViolation.class, e -> unknownProject(e, "version 2"));
    }

    @Test
    void a_project_of_a_later_version_is_refused_before_that_version_was_approved() {
        assertThatThrownBy(() -> ServiceRules.projectInForce("P5", LocalDate.of(2019, 4, 16), DRIVE_ID, TRANG))
                .isInstanceOfSatisfying(RuleViolation.class, e -> unknownProject(e, "version 1"));
    }

    @Test
    void a_project_code_before_any_plan_was_approved_or_that_no_plan_ever_had_is_refused() {
        assertThatThrownBy(() -> ServiceRules.projectInForce("P1", LocalDate.of(2019, 1, 14), DRIVE_ID, TRANG))
                .isInstanceOfSatisfying(RuleViolation.class, e -> unknownProject(e, "no approved One Plan"));
        assertThatThrownBy(() -> ServiceRules.projectInForce("P9", TrangDrive.SERVICE_DAY_ON, DRIVE_ID, TRANG))
                .isInstanceOfSatisfying(RuleViolation.class, e -> unknownProject(e, "P9"));
    }

    @Test
    void a_correction_of_the_approving_meetings_date_moves_the_plan_in_force_with_it() {
        List<Object> stream = new ArrayList<>(TrangDrive.stream());
        stream.add(new RecordCorrected(DRIVE_ID, DRIVE_ID + "/21", TrangDrive.id(TrangDrive.MEETING_2_HELD),
                "MeetingRecorded", "the meeting was held on the 20th",
                List.of(new FieldCorrection("meetingDate", "2019-04-20")), LocalDate.of(2019, 9, 30), false,
                TrangDrive.recording(21)));
        DriveHistory corrected = DriveHistory.of(stream.stream());

        assertThatThrownBy(() -> ServiceRules.projectInForce("P5", LocalDate.of(2019, 4, 18), DRIVE_ID, corrected))
                .isInstanceOfSatisfying(RuleViolation.class, e -> unknownProject(e, "version 1"));
        assertThatCode(() -> ServiceRules.projectInForce("P5", LocalDate.of(2019, 4, 20), DRIVE_ID, corrected))
                .doesNotThrowAnyException();
    }

    @Test
    void no_project_code_or_no_day_asks_nothing() {
        assertThatCode(() -> {
            ServiceRules.projectInForce(null, TrangDrive.SERVICE_DAY_ON, DRIVE_ID, new DriveHistory());
            ServiceRules.projectInForce(" ", TrangDrive.SERVICE_DAY_ON, DRIVE_ID, new DriveHistory());
            ServiceRules.projectInForce("P1", null, DRIVE_ID, new DriveHistory());
        }).doesNotThrowAnyException();
    }

    private static void unknownProject(RuleViolation e, String messagePart) {
        org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo("unknown-project");
        org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("projectCode");
        org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains(messagePart);
    }
}
