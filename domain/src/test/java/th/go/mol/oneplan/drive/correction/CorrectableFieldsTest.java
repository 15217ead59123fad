package th.go.mol.oneplan.drive.correction;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * Which fields of each recorded act a correction may change, under the names the API shows, and how a
 * corrected value is read (dates in BE or CE, whole numbers in Thai or Arabic digits).
 */
class CorrectableFieldsTest {
    private static final LocalDate JANUARY_20 = LocalDate.of(2019, 1, 20);

    private static RecordedAct corrected(RecordedAct act, String field, String value) {
        return DriveHistory.applied(act, List.of(new FieldCorrection(field, value)));
    }

    private static void assertNotCorrectable(RecordedAct act, String field, String correctable) {
        assertThatThrownBy(() -> corrected(act, field, "x"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("corrections.field");
                    assertThat(e.rule()).isEqualTo("correctable-field");
                })
                .hasMessageEndingWith("correctable fields: " + correctable);
    }

    @Test
    void the_start_of_the_drive_lead_officer_and_date() {
        ProvincialDriveStarted started = driveStarted();

        assertThat(corrected(started, "businessDate", "20/10/2561").businessDate()).isEqualTo(LocalDate.of(2018, 10, 20));
        assertThat(((ProvincialDriveStarted) corrected(started, "leadOfficer.name", " New name ")).leadOfficer())
                .isEqualTo(new LeadOfficer("New name", LEAD.position()));
        assertThat(((ProvincialDriveStarted) corrected(started, "leadOfficer.position", "Provincial Labour head"))
                .leadOfficer().position()).isEqualTo("Provincial Labour head");
        assertNotCorrectable(started, "provinceCode", "businessDate, leadOfficer.name, leadOfficer.position");
    }

    @Test
    void an_agenda_selection_only_its_date() {
        AgendaItemsSelected selected = agendaItemSelected();

        assertThat(corrected(selected, "businessDate", "2018-11-27").businessDate()).isEqualTo(LocalDate.of(2018, 11, 27));
        assertNotCorrectable(selected, "items", "businessDate");
    }

    @Test
    void the_appointing_order_its_date_number_and_signer() {
        WorkingGroupAppointed order = workingGroupAppointed();

        assertThat(corrected(order, "orderDate", "8 ม.ค. 2562").businessDate()).isEqualTo(LocalDate.of(2019, 1, 8));
        assertThat(corrected(order, "businessDate", "2019-01-08").businessDate()).isEqualTo(LocalDate.of(2019, 1, 8));
        assertThat(((WorkingGroupAppointed) corrected(order, "orderNumber", "46/2562")).orderNumber()).isEqualTo("46/2562");
        assertThat(((WorkingGroupAppointed) corrected(order, "signedBy", null)).signedBy()).isEmpty();
        assertNotCorrectable(order, "members", "orderDate, orderNumber, signedBy");
    }

    @Test
    void an_amending_order_its_date_and_number() {
        WorkingGroupAmended amendment = new WorkingGroupAmended(DRIVE_ID, id(30), "112/2562", List.of(), List.of("x"),
                "reason", JANUARY_20, false, recording(30));

        assertThat(corrected(amendment, "orderDate", "2019-01-21").businessDate()).isEqualTo(LocalDate.of(2019, 1, 21));
        assertThat(((WorkingGroupAmended) corrected(amendment, "orderNumber", "113/2562")).documentReference())
                .isEqualTo("order 113/2562");
        assertThat(((WorkingGroupAmended) corrected(amendment, "orderNumber", "")).documentReference()).isNull();
        assertNotCorrectable(amendment, "reason", "orderDate, orderNumber");
    }

    @Test
    void a_meeting_its_date_and_chair() {
        MeetingRecorded meeting = meeting1Recorded();

        assertThat(corrected(meeting, "meetingDate", "12/01/2562").businessDate()).isEqualTo(LocalDate.of(2019, 1, 12));
        assertThat(((MeetingRecorded) corrected(meeting, "chair", "Governor of Trang")).chair())
                .isEqualTo("Governor of Trang");
        assertNotCorrectable(meeting, "meetingType", "meetingDate, chair");
    }

    @Test
    void a_plan_version_its_date_one_goal_and_for_a_revision_its_reason() {
        PlanDrafted draft = planDrafted();
        PlanRevised revision = planRevised();

        assertThat(corrected(draft, "draftedOn", "2019-01-09").businessDate()).isEqualTo(LocalDate.of(2019, 1, 9));
        assertThat(((PlanDrafted) corrected(draft, "oneGoal", "goal")).oneGoal()).isEqualTo("goal");
        assertThat(corrected(draft, "writtenOn", "2019-01-08").businessDate()).isEqualTo(LocalDate.of(2019, 1, 8));
        assertNotCorrectable(draft, "projects", "writtenOn, oneGoal");
        assertThat(corrected(revision, "revisedOn", "2019-04-18").businessDate()).isEqualTo(LocalDate.of(2019, 4, 18));
        assertThat(((PlanRevised) corrected(revision, "reason", "why")).reason()).isEqualTo("why");
        assertThat(((PlanRevised) corrected(revision, "oneGoal", "goal")).oneGoal()).isEqualTo("goal");
        assertThat(corrected(revision, "writtenOn", "2019-04-19").businessDate()).isEqualTo(LocalDate.of(2019, 4, 19));
        assertNotCorrectable(revision, "projects", "writtenOn, reason, oneGoal");
    }

    @Test
    void an_approval_nothing_its_meeting_is_corrected_instead() {
        assertNotCorrectable(planApproved(), "businessDate", "none (correct the meeting it was approved at)");
    }

    @Test
    void a_field_visit_its_date_venue_head_count_and_amount_spent() {
        FieldVisitLogged visit = firstVisitLogged();

        assertThat(corrected(visit, "visitDate", "๒๐/๐๒/๒๕๖๒").businessDate()).isEqualTo(LocalDate.of(2019, 2, 20));
        assertThat(((FieldVisitLogged) corrected(visit, "venue", " ศาลาประชาคม ")).venue()).isEqualTo("ศาลาประชาคม");
        assertThat(((FieldVisitLogged) corrected(visit, "peopleReached", "๓๕๐")).peopleReached()).isEqualTo(350);
        assertThat(((FieldVisitLogged) corrected(visit, "peopleReached", "0")).peopleReached()).isZero();
        assertThat(((FieldVisitLogged) corrected(visit, "amountSpent", "1,500.5")).amountSpentSatang())
                .isEqualTo(1_500_50L);
        assertNotCorrectable(visit, "siteSubdistrictCode", "visitDate, venue, peopleReached, amountSpent");
    }

    @Test
    void an_inspection_its_date_inspector_and_findings() {
        InspectionRecorded inspection = inspectionRecorded();

        assertThat(corrected(inspection, "inspectionDate", "2019-03-06").businessDate()).isEqualTo(LocalDate.of(2019, 3, 6));
        assertThat(((InspectionRecorded) corrected(inspection, "inspector", "A")).inspector()).isEqualTo("A");
        assertThat(((InspectionRecorded) corrected(inspection, "findings", "F")).findings()).isEqualTo("F");
        assertNotCorrectable(inspection, "recommendations", "inspectionDate, inspector, findings");
    }

    @Test
    void a_monthly_report_its_date_letter_and_summary() {
        MonthlyReportSubmitted report = februaryReportSubmitted();

        assertThat(corrected(report, "submittedOn", "2019-03-04").businessDate()).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(((MonthlyReportSubmitted) corrected(report, "letterNumber", "ตง 0027/252")).documentReference())
                .isEqualTo("form 62-1 for 2019-02, letter ตง 0027/252");
        assertThat(((MonthlyReportSubmitted) corrected(report, "summary", "S")).summary()).isEqualTo("S");
        assertNotCorrectable(report, "periodFrom", "submittedOn, letterNumber, summary");
    }

    @Test
    void the_one_goal_summary_its_date_letter_results_and_head_count() {
        OneGoalSummarySubmitted summary = summarySubmitted();

        assertThat(corrected(summary, "submittedOn", "29 กันยายน 2562").businessDate()).isEqualTo(LocalDate.of(2019, 9, 29));
        assertThat(((OneGoalSummarySubmitted) corrected(summary, "letterNumber", "ตง 0027/1083")).letterNumber())
                .isEqualTo("ตง 0027/1083");
        assertThat(((OneGoalSummarySubmitted) corrected(summary, "results", "R")).results()).isEqualTo("R");
        assertThat(((OneGoalSummarySubmitted) corrected(summary, "peopleReached", "1692"))
                .peopleReached()).isEqualTo(1_692);
        assertNotCorrectable(summary, "form", "submittedOn, letterNumber, results, peopleReached");
    }

    @Test
    void several_fields_are_corrected_in_the_order_given() {
        RecordedAct act = DriveHistory.applied(firstVisitLogged(), List.of(new FieldCorrection("venue", "A"),
                new FieldCorrection("venue", "B"), new FieldCorrection("peopleReached", "48")));

        assertThat(((FieldVisitLogged) act).venue()).isEqualTo("B");
        assertThat(((FieldVisitLogged) act).peopleReached()).isEqualTo(48);
        assertThat(act.eventId()).isEqualTo(firstVisitLogged().eventId());
    }

    @Test
    void refuses_a_corrected_value_that_is_not_a_date_or_not_a_whole_number() {
        assertThatThrownBy(() -> corrected(firstVisitLogged(), "visitDate", "next Tuesday"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("corrections.visitDate");
                    assertThat(e.rule()).isEqualTo("date");
                });
        assertThatThrownBy(() -> corrected(firstVisitLogged(), "visitDate", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("date"));
        for (String notAWholeNumber : List.of("-1", "1.5", "many", "", "1,692")) {
            assertThatThrownBy(() -> corrected(summarySubmitted(), "peopleReached", notAWholeNumber))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> {
                        assertThat(e.field()).isEqualTo("corrections.peopleReached");
                        assertThat(e.rule()).isEqualTo("whole-number");
                    });
        }
    }

    @Test
    void history_reads_an_act_with_its_corrections_and_ignores_a_correction_of_an_unknown_act() {
        DriveHistory history = historyOf(List.of(driveStarted(), firstVisitLogged()));
        history.correct(new RecordCorrected(DRIVE_ID, id(40), id(FIRST_VISIT), "FieldVisitLogged", "venue",
                List.of(new FieldCorrection("venue", "B")), JANUARY_20, false, recording(40)));
        history.correct(new RecordCorrected(DRIVE_ID, id(41), id(77), "FieldVisitLogged", "venue",
                List.of(new FieldCorrection("venue", "C")), JANUARY_20, false, recording(41)));

        assertThat(history.act(id(FIRST_VISIT))).hasValueSatisfying(
                act -> assertThat(((FieldVisitLogged) act).venue()).isEqualTo("B"));
        assertThat(history.act(id(77))).isEmpty();
        assertThat(history.acts()).hasSize(2);
    }
}
