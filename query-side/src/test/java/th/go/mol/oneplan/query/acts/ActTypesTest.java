package th.go.mol.oneplan.query.acts;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.budget.BudgetReallocated;
import th.go.mol.oneplan.drive.fieldwork.ActivityRecorded;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.query.ReadModelJson;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.mol.oneplan.query.TrangActs.*;

class ActTypesTest {
    private static final AllocationRef SKILL_CENTRAL = new AllocationRef(BudgetSource.CENTRAL_MINISTRY,
            Agency.SKILL_DEVELOPMENT_OFFICE, null);

    @Test
    void everyKindOfActReadsBackAsStored() {
        List<RecordedAct> acts = List.of(STARTED, HEADS_MEETING, AGENDA, APPOINTED, AMENDED, WG_MEETING_1, DRAFTED,
                APPROVED_1, VISIT, INSPECTION, REPORT, REVISED, SUMMARY,
                new ActivityRecorded(DRIVE, id(30), 920705, "วังมะปรางเหนือ", 20, 20_000_00L,
                        Agency.SKILL_DEVELOPMENT_OFFICE, "P1", "ฝึกอาชีพผู้สูงอายุ", LocalDate.of(2019, 6, 12), false,
                        RECORDING, SKILL_CENTRAL),
                new BudgetReallocated(DRIVE, id(31), "P1", "P2", 5_000_00L, "more applicants",
                        LocalDate.of(2019, 6, 1), false, RECORDING, SKILL_CENTRAL,
                        new AllocationRef(BudgetSource.CENTRAL_MINISTRY, Agency.PARTNER, "อบต.วังมะปรางเหนือ")));

        for (RecordedAct act : acts) {
            assertThat(ActTypes.read(ActTypes.nameOf(act), ReadModelJson.write(act))).isEqualTo(act);
        }
        assertThat(acts.stream().map(Object::getClass).distinct()).containsExactlyInAnyOrderElementsOf(ActTypes.all());
    }

    @Test
    void storesDatesAsIsoText() {
        assertThat(ReadModelJson.write(REPORT))
                .contains("\"businessDate\":\"2019-03-05\"", "\"periodFrom\":\"2019-02\"", "\"form\":\"62-1\"",
                        "\"recordedAt\":\"2019-09-30T03:00:00Z\"");
    }

    @Test
    void aFieldVisitStoredBeforeBudgetsReadsAsHavingSpentNothing() {
        String stored = ReadModelJson.write(VISIT).replaceAll(",?\"amountSpentSatang\":\\d+", "");
        assertThat(stored).doesNotContain("amountSpentSatang");
        FieldVisitLogged read = (FieldVisitLogged) ActTypes.read("FieldVisitLogged", stored);
        assertThat(read.amountSpentSatang()).isZero();
        assertThat(read).isEqualTo(VISIT);
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> ActTypes.byName("KpiLevelReached")).isInstanceOf(IllegalStateException.class);
    }
}
