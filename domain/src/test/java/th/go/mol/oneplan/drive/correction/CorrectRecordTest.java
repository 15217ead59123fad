package th.go.mol.oneplan.drive.correction;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * A mistake in an earlier act is corrected by a new, audited event; the original stays. The KPI levels are
 * assessed again on the corrected acts: a level can be re-dated, or lost.
 */
class CorrectRecordTest {
    private static final LocalDate FOUND_ON = LocalDate.of(2019, 9, 25);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static CorrectRecord correct(String eventId, String whatWasWrong, FieldCorrection... corrections) {
        return new CorrectRecord(DRIVE_ID, eventId, whatWasWrong, List.of(corrections), FOUND_ON, false, recording(99));
    }

    private static RecordCorrected corrected(int position, int correctsPosition, String type, String whatWasWrong,
                                             FieldCorrection... corrections) {
        return new RecordCorrected(DRIVE_ID, id(position), id(correctsPosition), type, whatWasWrong,
                List.of(corrections), FOUND_ON, false, recording(99));
    }

    private static KpiLevelLost lost(int position, int level, LocalDate previouslyReachedOn, String because,
                                     int causedBy) {
        return new KpiLevelLost(DRIVE_ID, id(position), level, previouslyReachedOn, because, id(causedBy), FOUND_ON,
                false, recording(99));
    }

    @Test
    void an_order_found_to_be_unsigned_loses_all_five_levels_in_order() {
        FieldCorrection unsigned = new FieldCorrection("signedBy", "");

        fixture.given(through(LEVEL_5_REACHED))
                .when(correct("92-2562/4", "the order in the file is an unsigned draft", unsigned))
                .expectEvents(
                        corrected(21, APPOINTED, "WorkingGroupAppointed", "the order in the file is an unsigned draft",
                                unsigned),
                        lost(22, 1, LocalDate.of(2019, 1, 7), "the appointing order 45/2562 is not signed", 21),
                        lost(23, 2, LocalDate.of(2019, 1, 15), "level 1 is not reached", 21),
                        lost(24, 3, LocalDate.of(2019, 2, 13), "level 2 is not reached", 21),
                        lost(25, 4, LocalDate.of(2019, 3, 5), "level 3 is not reached", 21),
                        lost(26, 5, LocalDate.of(2019, 9, 30), "level 4 is not reached", 21));
    }

    @Test
    void naming_the_signer_again_reaches_all_five_levels_again_on_their_old_dates() {
        FieldCorrection unsigned = new FieldCorrection("signedBy", "");
        FieldCorrection signed = new FieldCorrection("signedBy", SIGNED_BY);

        fixture.given(through(LEVEL_5_REACHED))
                .andGiven(corrected(21, APPOINTED, "WorkingGroupAppointed", "unsigned draft", unsigned),
                        lost(22, 1, ORDER_SIGNED_ON, "the appointing order 45/2562 is not signed", 21),
                        lost(23, 2, MEETING_1_HELD_ON, "level 1 is not reached", 21),
                        lost(24, 3, FIRST_VISIT_ON, "level 2 is not reached", 21),
                        lost(25, 4, FEBRUARY_REPORTED_ON, "level 3 is not reached", 21),
                        lost(26, 5, SUMMARY_SENT_ON, "level 4 is not reached", 21))
                .when(correct(id(APPOINTED), "the signed original was found", signed))
                .expectEvents(
                        corrected(27, APPOINTED, "WorkingGroupAppointed", "the signed original was found", signed),
                        reachedAgain(level1Reached(), 28),
                        reachedAgain(level2Reached(), 29),
                        reachedAgain(level3Reached(), 30),
                        reachedAgain(level4Reached(), 31),
                        reachedAgain(level5Reached(), 32));
    }

    private static KpiLevelReached reachedAgain(KpiLevelReached original, int position) {
        return new KpiLevelReached(DRIVE_ID, id(position), original.level(), original.businessDate(),
                original.evidence(), id(27), false, recording(99));
    }

    @Test
    void a_corrected_visit_date_re_dates_level_3_and_level_4_stays() {
        FieldCorrection visitDate = new FieldCorrection("visitDate", "20 กุมภาพันธ์ 2562");
        LocalDate february20 = LocalDate.of(2019, 2, 20);

        fixture.given(through(LEVEL_4_REACHED))
                .when(correct(id(FIRST_VISIT), "the visit was on the 20th", visitDate))
                .expectEvents(
                        corrected(14, FIRST_VISIT, "FieldVisitLogged", "the visit was on the 20th", visitDate),
                        new KpiLevelReached(DRIVE_ID, id(15), 3, february20,
                                List.of(new Evidence(id(FIRST_VISIT), "FieldVisitLogged", february20,
                                        "visit to บางกุ้ง (920606) for project P3")),
                                id(14), false, recording(99)));
    }

    @Test
    void a_visit_re_dated_after_the_only_report_re_dates_level_3_and_loses_level_4() {
        FieldCorrection visitDate = new FieldCorrection("visitDate", "2019-03-20");
        LocalDate march20 = LocalDate.of(2019, 3, 20);

        fixture.given(through(LEVEL_4_REACHED))
                .when(correct(id(FIRST_VISIT), "wrong month", visitDate))
                .expectEvents(
                        corrected(14, FIRST_VISIT, "FieldVisitLogged", "wrong month", visitDate),
                        new KpiLevelReached(DRIVE_ID, id(15), 3, march20,
                                List.of(new Evidence(id(FIRST_VISIT), "FieldVisitLogged", march20,
                                        "visit to บางกุ้ง (920606) for project P3")),
                                id(14), false, recording(99)),
                        lost(16, 4, FEBRUARY_REPORTED_ON,
                                "no progress report submitted on or after 2019-03-20, when implementation began", 14));
    }

    @Test
    void refuses_to_re_date_a_visit_before_the_plan_was_approved_as_a_visit_so_dated_is_refused() {
        FieldCorrection visitDate = new FieldCorrection("visitDate", "14/01/2562");

        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "the visit preceded the meeting", visitDate))
                .expectException(brokenRule("field-visit-needs-approved-plan"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_move_an_act_to_a_day_after_the_correction_is_recorded() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "typed the wrong year", new FieldCorrection("visitDate", "2030-02-13")))
                .expectException(invalidValue("corrections.visitDate", "not-in-future"))
                .expectNoEvents();
    }

    @Test
    void a_corrected_order_number_changes_the_evidence_of_level_1() {
        FieldCorrection orderNumber = new FieldCorrection("orderNumber", " 46/2562 ");

        fixture.given(through(LEVEL_1_REACHED))
                .when(correct(id(APPOINTED), "typo in the order number", orderNumber))
                .expectEvents(
                        corrected(6, APPOINTED, "WorkingGroupAppointed", "typo in the order number", orderNumber),
                        new KpiLevelReached(DRIVE_ID, id(7), 1, ORDER_SIGNED_ON,
                                List.of(new Evidence(id(APPOINTED), "WorkingGroupAppointed", ORDER_SIGNED_ON,
                                        "order 46/2562")),
                                id(6), false, recording(99)));
    }

    @Test
    void a_corrected_meeting_date_re_dates_level_2() {
        FieldCorrection meetingDate = new FieldCorrection("meetingDate", "2562-01-12");
        LocalDate january12 = LocalDate.of(2019, 1, 12);

        fixture.given(through(LEVEL_2_REACHED))
                .when(correct(id(MEETING_1_HELD), "the minutes give 12 January", meetingDate))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(equalTo(corrected(10, MEETING_1_HELD, "MeetingRecorded",
                                "the minutes give 12 January", meetingDate))),
                        messageWithPayload(matches(event -> event instanceof KpiLevelReached reached
                                && reached.level() == 2 && reached.businessDate().equals(january12)
                                && reached.evidence().contains(new Evidence(id(MEETING_1_HELD), "MeetingRecorded",
                                january12, "meeting 1/2562")))),
                        andNoMore()));
    }

    @Test
    void a_correction_that_changes_no_level_records_only_the_correction() {
        FieldCorrection venue = new FieldCorrection("venue", "ศาลาประชาคมบางกุ้ง");
        FieldCorrection people = new FieldCorrection("peopleReached", "๔๘");

        fixture.given(through(LEVEL_4_REACHED))
                .when(correct(id(FIRST_VISIT), "venue and head count from the sign-in sheet", venue, people))
                .expectEvents(corrected(14, FIRST_VISIT, "FieldVisitLogged",
                        "venue and head count from the sign-in sheet", venue, people));
    }

    @Test
    void the_lead_officer_of_the_drive_can_be_corrected() {
        FieldCorrection name = new FieldCorrection("leadOfficer.name", "Acting Provincial Labour head of Trang");

        fixture.given(through(STARTED))
                .when(correct(id(STARTED), "name as in the assignment letter", name))
                .expectEvents(corrected(2, STARTED, "ProvincialDriveStarted", "name as in the assignment letter", name));
    }

    @Test
    void a_late_recorded_act_may_be_corrected_to_another_date_outside_the_fiscal_year() {
        ProvincialDriveStarted lateStart = new ProvincialDriveStarted(DRIVE_ID, id(1), TRANG, "ตรัง", "Trang", FY_2562,
                LEAD, LocalDate.of(2018, 9, 30), true, recording(1));
        FieldCorrection date = new FieldCorrection("businessDate", "2018-09-28");

        fixture.given(lateStart)
                .when(correct(id(1), "assigned two days earlier", date))
                .expectEvents(corrected(2, 1, "ProvincialDriveStarted", "assigned two days earlier", date));
    }

    @Test
    void refuses_to_correct_an_event_the_drive_never_recorded() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(correct("92-2562/99", "typo", new FieldCorrection("venue", "x")))
                .expectException(brokenRule("recorded-act"))
                .expectExceptionMessage(containsString("92-2562/99 is not a recorded act of drive 92-2562"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_correct_a_kpi_level_or_a_correction_itself() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(correct(id(LEVEL_1_REACHED), "level 1 was reached later", new FieldCorrection("businessDate",
                        "2019-01-08")))
                .expectException(brokenRule("recorded-act"))
                .expectExceptionMessage(containsString("KPI events and corrections themselves cannot be corrected"))
                .expectNoEvents();

        FieldCorrection chair = new FieldCorrection("chair", "Governor of Trang");
        fixture.given(through(LEVEL_2_REACHED))
                .andGiven(corrected(10, MEETING_1_HELD, "MeetingRecorded", "chair", chair))
                .when(correct(id(10), "wrong correction", chair))
                .expectException(brokenRule("recorded-act"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_field_that_cannot_be_corrected_on_that_act() {
        fixture.given(through(LEVEL_1_REACHED))
                .when(correct(id(APPOINTED), "members", new FieldCorrection("members", "[]")))
                .expectException(invalidValue("corrections.field", "correctable-field"))
                .expectExceptionMessage(containsString("'members' cannot be corrected on WorkingGroupAppointed;"
                        + " correctable fields: orderDate, orderNumber, signedBy"))
                .expectNoEvents();
    }

    @Test
    void refuses_to_correct_an_approval_the_meeting_is_corrected_instead() {
        fixture.given(through(LEVEL_2_REACHED))
                .when(correct(id(PLAN_APPROVED), "date", new FieldCorrection("businessDate", "2019-01-16")))
                .expectException(invalidValue("corrections.field", "correctable-field"))
                .expectExceptionMessage(containsString("correct the meeting it was approved at"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_corrected_date_that_is_no_date() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "date", new FieldCorrection("visitDate", "31/02/2562")))
                .expectException(invalidValue("corrections.visitDate", "date"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_corrected_head_count_that_is_no_whole_number() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "count", new FieldCorrection("peopleReached", "-5")))
                .expectException(invalidValue("corrections.peopleReached", "whole-number"))
                .expectNoEvents();
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "count", new FieldCorrection("peopleReached", "about fifty")))
                .expectException(invalidValue("corrections.peopleReached", "whole-number"));
    }

    @Test
    void refuses_a_corrected_date_outside_the_fiscal_year() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "date", new FieldCorrection("visitDate", "2018-09-30")))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("corrections.visitDate 2018-09-30 is outside fiscal year 2562"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_correction_that_does_not_say_what_was_wrong_or_what_to_correct() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), " ", new FieldCorrection("venue", "x")))
                .expectException(invalidValue("whatWasWrong", "required"))
                .expectNoEvents();
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(id(FIRST_VISIT), "venue"))
                .expectException(invalidValue("corrections", "required"))
                .expectNoEvents();
        fixture.given(through(LEVEL_3_REACHED))
                .when(correct(" ", "venue", new FieldCorrection("venue", "x")))
                .expectException(invalidValue("correctsEventId", "required"))
                .expectNoEvents();
    }

    @Test
    void a_mistake_found_after_the_fiscal_year_is_corrected_and_the_correction_flagged_late() {
        FieldCorrection venue = new FieldCorrection("venue", "ศาลาประชาคมบางกุ้ง");
        LocalDate october1 = LocalDate.of(2019, 10, 1);

        fixture.given(through(LEVEL_3_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(FIRST_VISIT), "venue", List.of(venue), october1, false,
                        recording(99)))
                .expectEvents(new RecordCorrected(DRIVE_ID, id(12), id(FIRST_VISIT), "FieldVisitLogged", "venue",
                        List.of(venue), october1, true, recording(99)));
    }

    @Test
    void a_level_lost_by_a_correction_after_the_fiscal_year_is_lost_as_a_late_record() {
        FieldCorrection unsigned = new FieldCorrection("signedBy", "");
        LocalDate october1 = LocalDate.of(2019, 10, 1);

        fixture.given(through(LEVEL_1_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(APPOINTED), "unsigned draft", List.of(unsigned), october1, false,
                        recording(99)))
                .expectEvents(
                        new RecordCorrected(DRIVE_ID, id(6), id(APPOINTED), "WorkingGroupAppointed", "unsigned draft",
                                List.of(unsigned), october1, true, recording(99)),
                        new KpiLevelLost(DRIVE_ID, id(7), 1, ORDER_SIGNED_ON, "the appointing order 45/2562 is not signed",
                                id(6), october1, true, recording(99)));
    }

    @Test
    void refuses_a_correction_without_the_day_the_mistake_was_found() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(FIRST_VISIT), "venue", List.of(new FieldCorrection("venue", "x")),
                        null, false, recording(99)))
                .expectException(invalidValue("correctedOn", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_correction_dated_after_the_day_it_is_recorded() {
        fixture.given(through(LEVEL_3_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(FIRST_VISIT), "venue", List.of(new FieldCorrection("venue", "x")),
                        LocalDate.of(2019, 10, 2), true, recording(99)))
                .expectException(invalidValue("correctedOn", "not-in-future"))
                .expectNoEvents();
    }
}
