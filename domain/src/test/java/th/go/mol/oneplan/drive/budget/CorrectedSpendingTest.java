package th.go.mol.oneplan.drive.budget;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanRevised;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * A mistyped amount on an activity or a field visit is put right by a correction, held to the same allocation
 * as the spending it corrects. Given: Trang's plan version 1 approved, and the employment training (P2, 35,000
 * baht of central budget, the Employment Office's) recorded as having spent 30,000 baht on 1 February 2019.
 */
class CorrectedSpendingTest {
    private static final LocalDate FEBRUARY_1 = LocalDate.of(2019, 2, 1);
    private static final LocalDate FOUND_ON = LocalDate.of(2019, 3, 1);
    private static final AllocationRef EMPLOYMENT_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.EMPLOYMENT_OFFICE, null);

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static List<Object> trainingRecorded(Object... more) {
        List<Object> events = new ArrayList<>(through(LEVEL_2_REACHED));
        events.add(new ActivityRecorded(DRIVE_ID, id(10), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", 20, 30_000_00L,
                Agency.EMPLOYMENT_OFFICE, "P2", "ฝึกอาชีพเสริม", FEBRUARY_1, false, recording(10), EMPLOYMENT_CENTRAL));
        events.addAll(List.of(more));
        return events;
    }

    private static CorrectRecord amountCorrectedTo(String baht) {
        return new CorrectRecord(DRIVE_ID, id(10), "the receipt says otherwise",
                List.of(new FieldCorrection("amountSpent", baht)), FOUND_ON, false, recording(99));
    }

    @Test
    void an_amount_typed_too_high_is_corrected_down() {
        fixture.given(trainingRecorded())
                .when(amountCorrectedTo("๒๙,๕๐๐.๐๐"))
                .expectEvents(new RecordCorrected(DRIVE_ID, id(11), id(10), "ActivityRecorded",
                        "the receipt says otherwise", List.of(new FieldCorrection("amountSpent", "๒๙,๕๐๐.๐๐")),
                        FOUND_ON, false, recording(99)));
    }

    @Test
    void an_amount_corrected_up_stays_within_the_allocation() {
        fixture.given(trainingRecorded())
                .when(amountCorrectedTo("35000.00"))
                .expectSuccessfulHandlerExecution();
        fixture.given(trainingRecorded())
                .when(amountCorrectedTo("35000.01"))
                .expectNoEvents()
                .expectException(brokenRule("overspend"))
                .expectExceptionMessage(containsString("CENTRAL_MINISTRY of EMPLOYMENT_OFFICE"));
    }

    @Test
    void an_amount_that_is_not_baht_is_refused() {
        for (String bad : List.of("-1", "1.001", "thirty thousand", "")) {
            fixture.given(trainingRecorded())
                    .when(amountCorrectedTo(bad))
                    .expectException(invalidValue("corrections.amountSpent", "baht"));
        }
    }

    @Test
    void spending_on_a_project_a_revision_cancelled_may_be_corrected_down_not_up() {
        // Version 2 drops P2: its allocation becomes the 30,000 it had spent.
        List<Object> cancelled = trainingRecorded(
                planRevisedWithoutP2(), meetingTwo(), new PlanApproved(DRIVE_ID, id(13), 2,
                        MEETING_2, id(12), MEETING_2_HELD_ON, false, recording(13)));
        fixture.given(cancelled)
                .when(amountCorrectedTo("31000.00"))
                .expectException(brokenRule("allocation-cancelled"));
        fixture.given(cancelled)
                .when(amountCorrectedTo("25000.00"))
                .expectSuccessfulHandlerExecution();
    }

    private static PlanRevised planRevisedWithoutP2() {
        return new PlanRevised(DRIVE_ID, id(11), 2, 1, "P2 dropped", null, ONE_GOAL,
                PLAN_V2.stream().filter(p -> !p.projectCode().equals("P2")).toList(), PLAN_REVISED_ON, false,
                recording(11));
    }

    private static MeetingRecorded meetingTwo() {
        return new MeetingRecorded(DRIVE_ID, id(12), MEETING_2,
                MeetingType.WORKING_GROUP, VICE_GOVERNOR.name(),
                List.of(VICE_GOVERNOR.name()), List.of(), MEETING_2_HELD_ON, false, recording(12));
    }
}
