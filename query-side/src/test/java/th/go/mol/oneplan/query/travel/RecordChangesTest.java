package th.go.mol.oneplan.query.travel;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.kpi.KpiLevel;
import th.go.mol.oneplan.drive.kpi.LevelStatus;
import th.go.mol.oneplan.drive.RetroactiveRecord;
import th.go.mol.oneplan.query.EventPosition;
import th.go.mol.oneplan.query.acts.ActTypes;
import th.go.mol.oneplan.query.acts.ActVersion;
import th.go.mol.oneplan.query.travel.DriveChanges.FieldChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.query.TrangActs.INSPECTION;
import static th.go.mol.oneplan.query.TrangActs.VISIT;

class RecordChangesTest {
    private static final BiPredicate<LocalDate, Instant> AFTER_30_DAYS = new RetroactiveRecord(30)::retroactive;
    private static final Instant VISIT_RECORDED_AT = Instant.parse("2019-02-14T03:00:00Z");
    private static final Instant INSPECTION_RECORDED_LATE_AT = Instant.parse("2019-06-20T03:00:00Z");
    private static final Instant CORRECTED_AT = Instant.parse("2019-07-01T03:00:00Z");
    private static final RecordedAct VISIT_CORRECTED = DriveHistory.applied(VISIT,
            List.of(new FieldCorrection("peopleReached", "60")));

    private static ActVersion version(RecordedAct act, int version, Instant recordedAt, String correctionId) {
        return new ActVersion(act.eventId(), version, EventPosition.of(act.eventId()), ActTypes.nameOf(act),
                act.businessDate(), version * 10L + EventPosition.of(act.eventId()), recordedAt, "secretary@trang",
                correctionId, correctionId == null ? null : "45 was the sign-up sheet's first page",
                act);
    }

    private static final List<ActVersion> RECORD = List.of(
            version(VISIT, 1, VISIT_RECORDED_AT, null),
            version(INSPECTION, 1, INSPECTION_RECORDED_LATE_AT, null),
            version(VISIT_CORRECTED, 2, CORRECTED_AT, "92-2562/30"));

    @Test
    void acts_added_are_those_recorded_after_from_and_by_to_flagged_when_recorded_long_after_their_day() {
        List<DriveChanges.ActAdded> added = RecordChanges.added(RECORD, VISIT_RECORDED_AT, CORRECTED_AT, AFTER_30_DAYS);

        assertThat(added).singleElement().satisfies(a -> {
            assertThat(a.eventId()).isEqualTo(INSPECTION.eventId());
            assertThat(a.businessDate()).isEqualTo(LocalDate.of(2019, 3, 5));
            assertThat(a.recordedAt()).isEqualTo(INSPECTION_RECORDED_LATE_AT);
            assertThat(a.retroactive()).isTrue();
        });
        assertThat(RecordChanges.added(RECORD, VISIT_RECORDED_AT.minusSeconds(1), VISIT_RECORDED_AT, AFTER_30_DAYS))
                .singleElement().satisfies(a -> assertThat(a.retroactive()).isFalse());
    }

    @Test
    void a_correction_lists_each_field_it_changed_before_and_after() {
        List<DriveChanges.ActCorrected> corrected = RecordChanges.corrected(RECORD, INSPECTION_RECORDED_LATE_AT,
                CORRECTED_AT, AFTER_30_DAYS);

        assertThat(corrected).singleElement().satisfies(c -> {
            assertThat(c.eventId()).isEqualTo(VISIT.eventId());
            assertThat(c.correctionEventId()).isEqualTo("92-2562/30");
            assertThat(c.changes()).containsExactly(new FieldChange("peopleReached", "45", "60"));
            assertThat(c.retroactive()).as("a February visit corrected in July").isTrue();
        });
        assertThat(RecordChanges.corrected(RECORD, CORRECTED_AT, CORRECTED_AT.plusSeconds(60), AFTER_30_DAYS))
                .as("from is excluded: the correction was already in the record at from").isEmpty();
    }

    @Test
    void field_changes_give_text_as_is_and_other_values_as_json() {
        assertThat(RecordChanges.fieldChanges("{\"venue\":\"A\",\"sites\":[1],\"same\":1}",
                "{\"venue\":\"B\",\"sites\":[1,2],\"same\":1,\"added\":null}"))
                .containsExactly(new FieldChange("venue", "A", "B"), new FieldChange("sites", "[1]", "[1,2]"));
    }

    @Test
    void a_level_is_gained_lost_or_moved() {
        LevelStatus unmet = LevelStatus.unmet(KpiLevel.LEVEL_3, "no visit");
        LevelStatus march = LevelStatus.reached(KpiLevel.LEVEL_3, LocalDate.of(2019, 3, 1), List.of());
        LevelStatus april = LevelStatus.reached(KpiLevel.LEVEL_3, LocalDate.of(2019, 4, 2), List.of());

        assertThat(RecordChanges.levelChange(unmet, march)).contains(DriveChanges.Kind.GAINED);
        assertThat(RecordChanges.levelChange(march, unmet)).contains(DriveChanges.Kind.LOST);
        assertThat(RecordChanges.levelChange(march, april)).contains(DriveChanges.Kind.MOVED);
        assertThat(RecordChanges.levelChange(march, march)).isEmpty();
        assertThat(RecordChanges.levelChange(unmet, unmet)).isEmpty();
    }
}
