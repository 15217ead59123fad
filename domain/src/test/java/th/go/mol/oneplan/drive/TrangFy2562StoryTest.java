package th.go.mol.oneplan.drive;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * The whole Trang FY 2562 story, act by act: each command, given the drive as it stood before it, records
 * exactly the next events of the canonical stream, KPI levels included. This also keeps {@link TrangDrive}'s
 * events honest: they are what the drive really records.
 */
class TrangFy2562StoryTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    static Stream<Arguments> storyActs() {
        return Stream.of(
                arguments("the acting Provincial Labour head is made lead", startDrive(), STARTED, STARTED),
                arguments("the heads of MOL agencies meet", recordHeadsMeeting(), HEADS_MET, HEADS_MET),
                arguments("they choose A1 item 13", selectItem13(), AGENDA_SELECTED, AGENDA_SELECTED),
                arguments("the governor signs order 45/2562", appointWorkingGroup(), APPOINTED, LEVEL_1_REACHED),
                arguments("the One Plan is drafted", draftPlan(), PLAN_DRAFTED, PLAN_DRAFTED),
                arguments("the working group meets (1/2562)", recordMeeting1(), MEETING_1_HELD, MEETING_1_HELD),
                arguments("meeting 1/2562 approves the plan", approvePlanV1(), PLAN_APPROVED, LEVEL_2_REACHED),
                arguments("the first field visit, Bang Kung", logFirstVisit(), FIRST_VISIT, LEVEL_3_REACHED),
                arguments("the February report on form 62-1", submitFebruaryReport(), FEBRUARY_REPORTED,
                        LEVEL_4_REACHED),
                arguments("the MOL inspector visits", recordInspection(), INSPECTED, INSPECTED),
                arguments("the plan is narrowed to one site", revisePlan(), PLAN_REVISED, PLAN_REVISED),
                arguments("the working group meets again (2/2562)", recordMeeting2(), MEETING_2_HELD, MEETING_2_HELD),
                arguments("meeting 2/2562 approves version 2", approvePlanV2(), REVISION_APPROVED, REVISION_APPROVED),
                arguments("the integrated service day", logServiceDay(), SERVICE_DAY, SERVICE_DAY),
                arguments("the One Goal summary, letter ตง 0027/1082", submitSummary(), SUMMARY_SENT,
                        LEVEL_5_REACHED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storyActs")
    void each_act_of_trangs_drive_records_the_next_events_of_the_story(String act, Object command, int first,
                                                                       int last) {
        List<Object> before = through(first - 1);
        List<Object> recorded = stream().subList(first - 1, last);

        (before.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(before))
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded.toArray())
                // The drive answers with its id when opened, and with the id of the act recorded afterwards.
                .expectResultMessagePayload(first == STARTED ? DRIVE_ID : id(first));
    }

    @Test
    void replaying_the_whole_story_from_commands_ends_with_the_summary_reaching_level_5() {
        fixture.givenCommands(storyActs().map(a -> a.get()[1]).limit(14).toList())
                .when(submitSummary())
                .expectEvents(summarySubmitted(), level5Reached());
    }
}
