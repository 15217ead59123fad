package th.go.mol.oneplan.query.detail;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.query.EventPosition;
import th.go.mol.oneplan.query.acts.StoredAct;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.query.TrangActs.*;

class DriveDetailAssemblerTest {

    private static StoredAct stored(RecordedAct act, String... correctedBy) {
        return new StoredAct(act.eventId(), EventPosition.of(act.eventId()), act, List.of(correctedBy));
    }

    private static List<StoredAct> trang() {
        return new ArrayList<>(List.of(stored(STARTED), stored(HEADS_MEETING), stored(AGENDA), stored(APPOINTED),
                stored(AMENDED), stored(WG_MEETING_1), stored(DRAFTED), stored(APPROVED_1), stored(VISIT),
                stored(INSPECTION), stored(REPORT), stored(REVISED), stored(WG_MEETING_2), stored(APPROVED_2),
                stored(SUMMARY)));
    }

    @Test
    void unknownDriveHasNoDetail() {
        assertThat(DriveDetailAssembler.assemble(List.of())).isEmpty();
    }

    @Test
    void headerComesFromTheStart() {
        DriveDetail detail = DriveDetailAssembler.assemble(trang()).orElseThrow();

        assertThat(detail.driveId()).isEqualTo(DRIVE);
        assertThat(detail.eventId()).isEqualTo(id(1));
        assertThat(detail.provinceNameEn()).isEqualTo("Trang");
        assertThat(detail.fiscalYear()).isEqualTo(2562);
        assertThat(detail.leadAssignedOn()).isEqualTo(LocalDate.of(2018, 10, 19));
        assertThat(detail.kpiLevel()).isEqualTo(5);
        assertThat(detail.agendaItems()).singleElement().satisfies(a -> {
            assertThat(a.items()).containsExactly(13);
            assertThat(a.meetingNumber()).isEqualTo("11/2561");
        });
    }

    @Test
    void workingGroupListsMembersAfterAmendments() {
        DriveDetail.WorkingGroup group = DriveDetailAssembler.assemble(trang()).orElseThrow().workingGroup();

        assertThat(group.orderNumber()).isEqualTo("ตง 123/2561");
        assertThat(group.members()).extracting(Member::name)
                .containsExactly("Vice Governor", "Head", "Volunteer", "Farmer", "Chamber");
        assertThat(group.amendments()).singleElement().satisfies(a -> assertThat(a.eventId()).isEqualTo(id(5)));
    }

    @Test
    void approvedVersionSupersedesTheEarlierApprovedOne() {
        DriveDetail.Plan plan = DriveDetailAssembler.assemble(trang()).orElseThrow().plan();

        assertThat(plan.versions()).extracting(DriveDetail.PlanVersion::status)
                .containsExactly(PlanVersionStatus.SUPERSEDED, PlanVersionStatus.APPROVED);
        assertThat(plan.versionInForce()).isEqualTo(2);
        assertThat(plan.totalBudget()).isEqualByComparingTo("235000.00");
        DriveDetail.PlanVersion v2 = plan.versions().get(1);
        assertThat(v2.revisesVersion()).isEqualTo(1);
        assertThat(v2.inspectionEventId()).isEqualTo(INSPECTION.eventId());
        assertThat(v2.approvedAtMeeting()).isEqualTo("2/2562");
        assertThat(v2.approvedOn()).isEqualTo(LocalDate.of(2019, 4, 17));
        assertThat(plan.versions().get(0).projects().get(0).budget()).isEqualTo(new BigDecimal("35000.00"));
        assertThat(plan.versions().get(0).projects().get(0).budgetSatang()).isEqualTo(3_500_000);
    }

    @Test
    void versionWaitingForApprovalIsADraftAndTheEarlierStaysInForce() {
        List<StoredAct> acts = trang();
        acts.removeIf(s -> s.act() == APPROVED_2 || s.act() == SUMMARY);

        DriveDetail.Plan plan = DriveDetailAssembler.assemble(acts).orElseThrow().plan();

        assertThat(plan.versions()).extracting(DriveDetail.PlanVersion::status)
                .containsExactly(PlanVersionStatus.APPROVED, PlanVersionStatus.DRAFT);
        assertThat(plan.versionInForce()).isEqualTo(1);
        assertThat(plan.totalBudget()).isEqualByComparingTo("311200.00");
    }

    @Test
    void approvalIsDatedByItsMeetingAsCorrected() {
        List<StoredAct> acts = trang();
        RecordedAct corrected = DriveHistory.applied(WG_MEETING_1, List.of(new FieldCorrection("meetingDate", "2019-01-16")));
        acts.set(5, stored(corrected, id(21)));

        DriveDetail detail = DriveDetailAssembler.assemble(acts).orElseThrow();

        assertThat(detail.plan().versions().get(0).approvedOn()).isEqualTo(LocalDate.of(2019, 1, 16));
        assertThat(detail.meetings().get(1).corrected()).isTrue();
        assertThat(detail.meetings().get(1).correctedBy()).containsExactly(id(21));
    }

    @Test
    void correctedItemsAreMarked() {
        List<StoredAct> acts = trang();
        acts.set(8, stored(DriveHistory.applied(VISIT, List.of(new FieldCorrection("visitDate", "2019-02-14"))), id(18)));

        DriveDetail detail = DriveDetailAssembler.assemble(acts).orElseThrow();

        DriveDetail.FieldVisit visit = detail.fieldVisits().get(0);
        assertThat(visit.visitDate()).isEqualTo(LocalDate.of(2019, 2, 14));
        assertThat(visit.corrected()).isTrue();
        assertThat(visit.correctedBy()).containsExactly(id(18));
        assertThat(detail.inspections().get(0).corrected()).isFalse();
        assertThat(detail.inspections().get(0).correctedBy()).isEmpty();
    }

    @Test
    void earlyDriveHasNoWorkingGroupPlanOrSummary() {
        DriveDetail detail = DriveDetailAssembler.assemble(List.of(stored(STARTED))).orElseThrow();

        assertThat(detail.workingGroup()).isNull();
        assertThat(detail.plan().versions()).isEmpty();
        assertThat(detail.plan().versionInForce()).isNull();
        assertThat(detail.oneGoalSummary()).isNull();
        assertThat(detail.kpiLevel()).isZero();
    }
}
