package th.go.mol.oneplan.drive;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** The province picks one or more of the 13 A1 agenda items, at a recorded meeting. */
class SelectAgendaItemsTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static SelectAgendaItems select(List<Integer> items, String meetingNumber, boolean lateRecord) {
        return new SelectAgendaItems(DRIVE_ID, items, meetingNumber, lateRecord, recording(AGENDA_SELECTED));
    }

    @Test
    void the_heads_of_agencies_meeting_chooses_item_13_dated_the_day_of_the_meeting() {
        fixture.given(through(HEADS_MET))
                .when(select(List.of(13), "11/2561", false))
                .expectEvents(new AgendaItemsSelected(DRIVE_ID, "92-2562/3", List.of(13), "11/2561",
                        LocalDate.of(2018, 11, 26), false, recording(AGENDA_SELECTED)));
    }

    @Test
    void reads_a_meeting_number_written_in_thai_digits() {
        fixture.given(through(HEADS_MET))
                .when(select(List.of(13), "๑๑/๒๕๖๑", false))
                .expectEvents(agendaItemSelected());
    }

    @Test
    void records_only_the_items_not_selected_before_each_once() {
        fixture.given(through(AGENDA_SELECTED))
                .when(select(List.of(13, 4, 4), HEADS_MEETING, false))
                .expectEvents(new AgendaItemsSelected(DRIVE_ID, "92-2562/4", List.of(4), HEADS_MEETING, HEADS_MET_ON,
                        false, recording(AGENDA_SELECTED)));
    }

    @Test
    void refuses_to_select_items_already_selected() {
        fixture.given(through(AGENDA_SELECTED))
                .when(select(List.of(13), HEADS_MEETING, false))
                .expectException(brokenRule("agenda-item-already-selected"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_selection_of_no_items() {
        fixture.given(through(HEADS_MET))
                .when(select(List.of(), HEADS_MEETING, false))
                .expectException(invalidValue("items", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_item_14_there_are_only_13_a1_items() {
        fixture.given(through(HEADS_MET))
                .when(select(List.of(13, 14), HEADS_MEETING, false))
                .expectException(invalidValue("items", "a1-agenda-item"))
                .expectExceptionMessage(containsString("numbered 1 to 13, got 14"))
                .expectNoEvents();
    }

    @Test
    void refuses_item_0_and_a_missing_item() {
        fixture.given(through(HEADS_MET))
                .when(select(List.of(0), HEADS_MEETING, false))
                .expectException(invalidValue("items", "a1-agenda-item"));
        fixture.given(through(HEADS_MET))
                .when(select(Arrays.asList(13, null), HEADS_MEETING, false))
                .expectException(invalidValue("items", "a1-agenda-item"));
    }

    @Test
    void refuses_a_selection_at_a_meeting_that_is_not_recorded() {
        fixture.given(through(STARTED))
                .when(select(List.of(13), HEADS_MEETING, false))
                .expectException(brokenRule("meeting-not-recorded"))
                .expectExceptionMessage(containsString("meeting 11/2561 is not recorded for this drive"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_meeting_number_that_is_not_number_slash_be_year() {
        fixture.given(through(HEADS_MET))
                .when(select(List.of(13), "heads meeting of November", false))
                .expectException(invalidValue("meetingNumber", "meeting-number-format"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_selection_at_a_meeting_before_the_fiscal_year_unless_recorded_as_late() {
        MeetingRecorded septemberMeeting = new MeetingRecorded(DRIVE_ID, "92-2562/2", "9/2561",
                MeetingType.HEADS_OF_AGENCIES, LABOUR_HEAD.name(), List.of(), List.of(), LocalDate.of(2018, 9, 24),
                true, recording(HEADS_MET));

        fixture.given(driveStarted(), septemberMeeting)
                .when(select(List.of(13), "9/2561", false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectExceptionMessage(containsString("meetingDate 2018-09-24 is outside fiscal year 2562"));

        fixture.given(driveStarted(), septemberMeeting)
                .when(select(List.of(13), "9/2561", true))
                .expectEvents(new AgendaItemsSelected(DRIVE_ID, "92-2562/3", List.of(13), "9/2561",
                        LocalDate.of(2018, 9, 24), true, recording(AGENDA_SELECTED)));
    }
}
