package th.go.mol.oneplan.drive.meeting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/** Meetings (of the working group, of the heads of agencies, others) are recorded by their number. */
class RecordMeetingTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static RecordMeeting meeting(String number, MeetingType type, LocalDate on, String chair,
                                         boolean lateRecord) {
        return new RecordMeeting(DRIVE_ID, number, type, on, chair, List.of("Provincial Labour head"),
                List.of("approve the One Plan"), lateRecord, recording(MEETING_1_HELD));
    }

    @Test
    void working_group_meeting_1_2562_chaired_by_the_vice_governor_is_recorded_without_a_kpi_change() {
        fixture.given(through(PLAN_DRAFTED))
                .when(recordMeeting1())
                .expectEvents(new MeetingRecorded(DRIVE_ID, "92-2562/7", "1/2562", MeetingType.WORKING_GROUP,
                        "Vice Governor of Trang", WORKING_GROUP.stream().map(m -> m.name()).toList(),
                        List.of("เห็นชอบ One Plan: 9 โครงการ/กิจกรรม 10 ศูนย์นำร่อง งบประมาณ 311,200 บาท"),
                        LocalDate.of(2019, 1, 15), false, recording(MEETING_1_HELD)));
    }

    @Test
    void keeps_only_the_attendees_and_resolutions_that_say_something() {
        fixture.given(through(PLAN_DRAFTED))
                .when(new RecordMeeting(DRIVE_ID, "1/2562", MeetingType.WORKING_GROUP, MEETING_1_HELD_ON,
                        " Vice Governor of Trang ", Arrays.asList(" Provincial Labour head ", null, " "), null, false,
                        recording(MEETING_1_HELD)))
                .expectEvents(new MeetingRecorded(DRIVE_ID, "92-2562/7", "1/2562", MeetingType.WORKING_GROUP,
                        "Vice Governor of Trang", List.of("Provincial Labour head"), List.of(), MEETING_1_HELD_ON,
                        false, recording(MEETING_1_HELD)));
    }

    @Test
    void reads_a_meeting_number_in_thai_digits() {
        fixture.given(through(PLAN_DRAFTED))
                .when(meeting("๑/๒๕๖๒", MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, "Vice Governor of Trang", false))
                .expectEvents(new MeetingRecorded(DRIVE_ID, "92-2562/7", "1/2562", MeetingType.WORKING_GROUP,
                        "Vice Governor of Trang", List.of("Provincial Labour head"), List.of("approve the One Plan"),
                        MEETING_1_HELD_ON, false, recording(MEETING_1_HELD)));
    }

    @Test
    void refuses_a_meeting_number_already_recorded() {
        fixture.given(through(MEETING_1_HELD))
                .when(meeting("1/2562", MeetingType.WORKING_GROUP, LocalDate.of(2019, 1, 16), "Vice Governor", false))
                .expectException(brokenRule("meeting-already-recorded"))
                .expectExceptionMessage(containsString("meeting 1/2562 is already recorded"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_meeting_number_already_recorded_even_in_thai_digits() {
        fixture.given(through(MEETING_1_HELD))
                .when(meeting("๑/๒๕๖๒", MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, "Vice Governor", false))
                .expectException(brokenRule("meeting-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_meeting_number_that_is_not_number_slash_be_year() {
        for (String number : List.of("first meeting", "1/62", "1-2562", "1234/2562")) {
            fixture.given(through(PLAN_DRAFTED))
                    .when(meeting(number, MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, "Vice Governor", false))
                    .expectException(invalidValue("meetingNumber", "meeting-number-format"))
                    .expectNoEvents();
        }
        fixture.given(through(PLAN_DRAFTED))
                .when(meeting(null, MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, "Vice Governor", false))
                .expectException(invalidValue("meetingNumber", "required"));
    }

    @Test
    void refuses_a_meeting_without_its_type() {
        fixture.given(through(PLAN_DRAFTED))
                .when(meeting("1/2562", null, MEETING_1_HELD_ON, "Vice Governor", false))
                .expectException(invalidValue("meetingType", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_meeting_without_a_chair() {
        fixture.given(through(PLAN_DRAFTED))
                .when(meeting("1/2562", MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, " ", false))
                .expectException(invalidValue("chair", "required"))
                .expectNoEvents();
    }

    @Test
    void refuses_a_meeting_held_outside_the_fiscal_year_unless_recorded_as_late() {
        LocalDate afterTheYear = LocalDate.of(2019, 10, 1);

        fixture.given(through(PLAN_DRAFTED))
                .when(meeting("3/2562", MeetingType.OTHER, afterTheYear, "Vice Governor", false))
                .expectException(brokenRule("date-outside-fiscal-year"))
                .expectNoEvents();
        fixture.given(through(PLAN_DRAFTED))
                .when(meeting("3/2562", MeetingType.OTHER, afterTheYear, "Vice Governor", true))
                .expectEvents(new MeetingRecorded(DRIVE_ID, "92-2562/7", "3/2562", MeetingType.OTHER, "Vice Governor",
                        List.of("Provincial Labour head"), List.of("approve the One Plan"), afterTheYear, true,
                        recording(MEETING_1_HELD)));
    }

    @Test
    void refuses_a_meeting_dated_after_the_day_it_is_recorded() {
        fixture.given(through(PLAN_DRAFTED))
                .when(meeting("3/2562", MeetingType.OTHER, LocalDate.of(2019, 10, 2), "Vice Governor", true))
                .expectException(invalidValue("meetingDate", "not-in-future"))
                .expectNoEvents();
    }
}
