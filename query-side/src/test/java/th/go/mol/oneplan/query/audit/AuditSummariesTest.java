package th.go.mol.oneplan.query.audit;

import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelLost;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.query.TrangActs.*;

class AuditSummariesTest {

    @Test
    void workingGroupNamesTheOrderSignerAndSectors() {
        assertThat(AuditSummaries.of(APPOINTED)).isEqualTo("Working group appointed by order ตง 123/2561 signed by"
                + " Governor of Trang, 4 members (government 2, private 1, people 1)");
    }

    @Test
    void planVersionGivesProjectsBudgetAndReason() {
        assertThat(AuditSummaries.of(DRAFTED)).isEqualTo("Plan version 1 drafted: 3 projects, budget 311,200.00 baht;"
                + " One Goal: Informal workers have occupations, income and social security");
        assertThat(AuditSummaries.of(REVISED)).isEqualTo("Plan version 2 written: 2 projects, budget 235,000.00 baht;"
                + " reason: the inspector recommended one site (following inspection 92-2562/12)");
    }

    @Test
    void spendingAndReallocationNameTheirAllocations() {
        AllocationRef skillCentral = new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.SKILL_DEVELOPMENT_OFFICE,
                null);
        AllocationRef taoCentral = new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.PARTNER, "อบต.บางกุ้ง");
        ActivityRecorded batch = new ActivityRecorded(DRIVE, id(30), 920705, "วังมะปรางเหนือ", 20, 20_000_00L,
                Agency.SKILL_DEVELOPMENT_OFFICE, "P2", "ฝึกอาชีพผู้สูงอายุ", LocalDate.of(2019, 6, 12), false,
                RECORDING, skillCentral);
        BudgetReallocated moved = new BudgetReallocated(DRIVE, id(31), "P2", "P3", 5_000_00L, "more people",
                LocalDate.of(2019, 6, 1), false, RECORDING, skillCentral, taoCentral);

        assertThat(AuditSummaries.of(batch)).isEqualTo("Activity at วังมะปรางเหนือ (920705) for project P2 by"
                + " SKILL_DEVELOPMENT_OFFICE: 20 participants, spent 20,000.00 baht (CENTRAL_MINISTRY of"
                + " SKILL_DEVELOPMENT_OFFICE); ฝึกอาชีพผู้สูงอายุ");
        assertThat(AuditSummaries.of(moved)).isEqualTo("Budget reallocated: 5,000.00 baht from project P2"
                + " (CENTRAL_MINISTRY of SKILL_DEVELOPMENT_OFFICE) to project P3 (CENTRAL_MINISTRY of อบต.บางกุ้ง);"
                + " reason: more people");
    }

    @Test
    void correctionShowsCorrectedDateInIsoWhateverWasTyped() {
        RecordCorrected correction = new RecordCorrected(DRIVE, id(18), VISIT.eventId(), "FieldVisitLogged",
                "typed the wrong day", List.of(new FieldCorrection("visitDate", "14 กุมภาพันธ์ 2562"),
                new FieldCorrection("venue", "Huai Yot centre")), LocalDate.of(2019, 4, 20), false, RECORDING);

        assertThat(AuditSummaries.of(correction)).isEqualTo("Correction of 92-2562/10 (FieldVisitLogged): visitDate ->"
                + " 2019-02-14, venue -> Huai Yot centre; what was wrong: typed the wrong day");
    }

    @Test
    void emptyCorrectedValueReadsAsNone() {
        RecordCorrected correction = new RecordCorrected(DRIVE, id(18), APPOINTED.eventId(), "WorkingGroupAppointed",
                "never signed", List.of(new FieldCorrection("signedBy", "")), LocalDate.of(2019, 1, 2), false, RECORDING);

        assertThat(AuditSummaries.of(correction)).contains("signedBy -> (none)");
    }

    @Test
    void kpiChangesGiveTheDayAndWhy() {
        KpiLevelReached reached = new KpiLevelReached(DRIVE, id(11), 3, LocalDate.of(2019, 2, 13),
                List.of(Evidence.of(VISIT)), VISIT.eventId(), false, RECORDING);
        KpiLevelLost lost = new KpiLevelLost(DRIVE, id(19), 1, LocalDate.of(2018, 12, 20),
                "the appointing order ตง 123/2561 is not signed", id(18), LocalDate.of(2019, 1, 2), false, RECORDING);

        assertThat(AuditSummaries.of(reached)).isEqualTo("KPI level 3 reached on 2019-02-13; evidence: 92-2562/10");
        assertThat(AuditSummaries.of(lost)).isEqualTo("KPI level 1 lost (had been reached on 2018-12-20): the appointing"
                + " order ตง 123/2561 is not signed");
    }

    @Test
    void otherActsReadOnOneLine() {
        assertThat(AuditSummaries.of(STARTED)).isEqualTo("Drive of Trang (ตรัง) for fiscal year 2562 started; lead"
                + " officer Somchai, Acting Provincial Labour head, assigned on 2018-10-19");
        assertThat(AuditSummaries.of(AGENDA)).isEqualTo("A1 agenda item 13 selected at meeting 11/2561");
        assertThat(AuditSummaries.of(AMENDED)).isEqualTo("Working group amended by order ตง 200/2562: added Farmer,"
                + " Chamber; removed SME; reason: the SME office sent another director");
        assertThat(AuditSummaries.of(WG_MEETING_1)).isEqualTo("Working-group meeting 1/2562 chaired by Vice Governor:"
                + " 1 attendee, 1 resolution");
        assertThat(AuditSummaries.of(APPROVED_1)).isEqualTo("Plan version 1 approved at meeting 1/2562");
        assertThat(AuditSummaries.of(VISIT)).isEqualTo("Field visit to ทับเที่ยง (920101) for project P1: 45 people"
                + " reached; services: SSO section 40; agencies: Employment Office");
        assertThat(AuditSummaries.of(INSPECTION)).isEqualTo("Inspection by MOL Inspector: 2 recommendations; findings:"
                + " Ten sites are too many");
        assertThat(AuditSummaries.of(REPORT)).isEqualTo("Report on form 62-1 for 2019-02 submitted by letter ตง 0027/500");
        assertThat(AuditSummaries.of(SUMMARY)).isEqualTo("One Goal summary submitted by letter ตง 0027/1082: 1,692"
                + " people reached");
    }

    @Test
    void longFreeTextIsShortened() {
        String summary = AuditSummaries.of(new InspectionRecorded(DRIVE, id(12),
                "Inspector", "x".repeat(500) + "\nsecond line", List.of(), LocalDate.of(2019, 3, 5), false, RECORDING));

        assertThat(summary).doesNotContain("\n").endsWith("…");
        assertThat(summary.length()).isLessThan(220);
    }
}
