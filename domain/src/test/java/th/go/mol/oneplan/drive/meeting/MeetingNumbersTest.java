package th.go.mol.oneplan.drive.meeting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.SelectAgendaItems;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.plan.PlanApproved;

import java.util.ArrayList;
import java.util.List;

import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * The working group and the heads of MOL agencies each number their own meetings, so both may hold a meeting
 * 1/2562; where a number alone is ambiguous the officer says which body met.
 */
class MeetingNumbersTest {
    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static MeetingRecorded workingGroupMeetingNumbered(String number, int position) {
        return new MeetingRecorded(DRIVE_ID, id(position), number, MeetingType.WORKING_GROUP, VICE_GOVERNOR.name(),
                List.of(), List.of(), HEADS_MET_ON.plusDays(1), false, recording(position));
    }

    @Test
    void two_bodies_may_each_record_a_meeting_with_the_same_number() {
        fixture.given(through(HEADS_MET))
                .when(new RecordMeeting(DRIVE_ID, HEADS_MEETING, MeetingType.WORKING_GROUP, HEADS_MET_ON.plusDays(1),
                        VICE_GOVERNOR.name(), List.of(), List.of(), false, recording(3)))
                .expectEvents(workingGroupMeetingNumbered(HEADS_MEETING, 3));
    }

    @Test
    void the_same_body_cannot_record_its_meeting_number_twice() {
        fixture.given(through(HEADS_MET))
                .when(new RecordMeeting(DRIVE_ID, HEADS_MEETING, MeetingType.HEADS_OF_AGENCIES, HEADS_MET_ON,
                        LABOUR_HEAD.name(), List.of(), List.of(), false, recording(3)))
                .expectException(brokenRule("meeting-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void an_agenda_choice_citing_a_number_two_bodies_used_must_say_which_body_met() {
        List<Object> given = new ArrayList<>(through(HEADS_MET));
        given.add(workingGroupMeetingNumbered(HEADS_MEETING, 3));

        fixture.given(given)
                .when(new SelectAgendaItems(DRIVE_ID, List.of(13), HEADS_MEETING, false, recording(4)))
                .expectException(brokenRule("meeting-number-ambiguous"))
                .expectNoEvents();
        fixture.given(given)
                .when(new SelectAgendaItems(DRIVE_ID, List.of(13), HEADS_MEETING, MeetingType.HEADS_OF_AGENCIES, false,
                        recording(4)))
                .expectEvents(new AgendaItemsSelected(DRIVE_ID, id(4), List.of(13), HEADS_MEETING, HEADS_MET_ON, false,
                        recording(4)));
    }

    @Test
    void the_plan_is_approved_at_the_working_groups_meeting_even_when_the_heads_used_the_same_number() {
        List<Object> given = new ArrayList<>(through(PLAN_DRAFTED));
        given.add(meeting1Recorded());
        MeetingRecorded headsMeeting1 = new MeetingRecorded(DRIVE_ID, id(8), MEETING_1, MeetingType.HEADS_OF_AGENCIES,
                LABOUR_HEAD.name(), List.of(), List.of(), MEETING_1_HELD_ON, false, recording(8));
        given.add(headsMeeting1);

        fixture.given(given)
                .when(approvePlanV1())
                .expectEvents(new PlanApproved(DRIVE_ID, id(9), 1, MEETING_1, id(MEETING_1_HELD), MEETING_1_HELD_ON,
                                false, recording(PLAN_APPROVED)),
                        level2ReachedAt(10, 9));
    }

    private static KpiLevelReached level2ReachedAt(int position, int approval) {
        KpiLevelReached reached = level2Reached();
        List<Evidence> evidence = new ArrayList<>(reached.evidence());
        Evidence approvalEvidence = evidence.remove(2);
        evidence.add(new Evidence(id(approval), approvalEvidence.type(),
                approvalEvidence.businessDate(), approvalEvidence.documentReference()));
        return new KpiLevelReached(DRIVE_ID, id(position), 2, reached.businessDate(),
                evidence, id(approval), false, reached.recording());
    }
}
