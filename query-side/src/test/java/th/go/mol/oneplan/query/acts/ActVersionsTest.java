package th.go.mol.oneplan.query.acts;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RecordedAct;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.query.EventPosition;
import th.go.mol.oneplan.query.basis.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.query.TrangActs.INSPECTION;
import static th.go.mol.oneplan.query.TrangActs.STARTED;
import static th.go.mol.oneplan.query.TrangActs.VISIT;

/**
 * Which version of each act a reader sees at the two clocks: recordedAsOf picks the record as it stood then (later
 * acts absent, later corrections not applied), asOf then keeps the acts whose business date, as that version reads,
 * is on or before it.
 */
class ActVersionsTest {
    private static final Instant STARTED_AT = Instant.parse("2018-10-19T03:00:00Z");
    private static final Instant VISIT_RECORDED_AT = Instant.parse("2019-02-14T03:00:00Z");
    private static final Instant INSPECTION_RECORDED_LATE_AT = Instant.parse("2019-06-20T03:00:00Z");
    private static final Instant CORRECTED_AT = Instant.parse("2019-07-01T03:00:00Z");

    /** The visit of 13 February, corrected on 1 July to have been on 2 April with 60 people. */
    private static final RecordedAct VISIT_CORRECTED = DriveHistory.applied(VISIT,
            List.of(new FieldCorrection("visitDate", "2019-04-02"), new FieldCorrection("peopleReached", "60")));

    private static ActVersion version(RecordedAct act, int version, Instant recordedAt, String correctionId,
                                      long globalPosition) {
        return new ActVersion(act.eventId(), version, EventPosition.of(act.eventId()), ActTypes.nameOf(act),
                act.businessDate(), globalPosition, recordedAt, "secretary@trang", correctionId,
                correctionId == null ? null : "wrong date and head count", act);
    }

    private static final List<ActVersion> RECORD = List.of(
            version(STARTED, 1, STARTED_AT, null, 1),
            version(VISIT, 1, VISIT_RECORDED_AT, null, 10),
            // The inspection of 5 March recorded late, on 20 June.
            version(INSPECTION, 1, INSPECTION_RECORDED_LATE_AT, null, 20),
            version(VISIT_CORRECTED, 2, CORRECTED_AT, "92-2562/30", 30));

    private static List<String> ids(List<StoredAct> acts) {
        return acts.stream().map(StoredAct::eventId).toList();
    }

    @Test
    void now_every_act_reads_with_every_correction() {
        List<StoredAct> acts = ActVersions.asRead(RECORD, Clocks.NOW);

        assertThat(ids(acts)).containsExactly(STARTED.eventId(), VISIT.eventId(), INSPECTION.eventId());
        StoredAct visit = acts.get(1);
        assertThat(visit.act().businessDate()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(((FieldVisitLogged) visit.act()).peopleReached()).isEqualTo(60);
        assertThat(visit.correctedBy()).containsExactly("92-2562/30");
    }

    @Test
    void recorded_as_of_before_the_correction_reads_the_act_as_first_recorded() {
        List<StoredAct> acts = ActVersions.asRead(RECORD, new Clocks(null, CORRECTED_AT.minusSeconds(1)));

        StoredAct visit = acts.get(1);
        assertThat(visit.act().businessDate()).isEqualTo(LocalDate.of(2019, 2, 13));
        assertThat(((FieldVisitLogged) visit.act()).peopleReached()).isEqualTo(45);
        assertThat(visit.corrected()).isFalse();
    }

    @Test
    void recorded_as_of_before_a_late_record_leaves_it_out_although_its_business_date_had_passed() {
        List<StoredAct> acts = ActVersions.asRead(RECORD, new Clocks(null, Instant.parse("2019-06-01T00:00:00Z")));

        assertThat(ids(acts)).containsExactly(STARTED.eventId(), VISIT.eventId());
    }

    @Test
    void as_of_a_business_date_reads_the_record_now_and_keeps_what_had_happened_by_then() {
        // As corrected, the visit was on 2 April: on 31 March it had not happened yet; the late inspection had.
        List<StoredAct> acts = ActVersions.asRead(RECORD, new Clocks(LocalDate.of(2019, 3, 31), null));

        assertThat(ids(acts)).containsExactly(STARTED.eventId(), INSPECTION.eventId());
    }

    @Test
    void both_clocks_together_read_the_record_then_as_of_the_day() {
        // On 1 June the ledger still had the visit on 13 February and no inspection.
        List<StoredAct> acts = ActVersions.asRead(RECORD,
                new Clocks(LocalDate.of(2019, 3, 31), Instant.parse("2019-06-01T00:00:00Z")));

        assertThat(ids(acts)).containsExactly(STARTED.eventId(), VISIT.eventId());
    }

    @Test
    void an_instant_before_anything_was_recorded_reads_nothing() {
        assertThat(ActVersions.asRead(RECORD, new Clocks(null, STARTED_AT.minusSeconds(1)))).isEmpty();
    }

    @Test
    void the_version_read_at_an_instant_is_the_latest_recorded_by_then() {
        List<ActVersion> visit = RECORD.stream().filter(v -> v.eventId().equals(VISIT.eventId())).toList();

        assertThat(ActVersions.readAt(visit, new Clocks(null, CORRECTED_AT))).hasValueSatisfying(
                v -> assertThat(v.version()).isEqualTo(2));
        assertThat(ActVersions.readAt(visit, new Clocks(null, CORRECTED_AT.minusNanos(1)))).hasValueSatisfying(
                v -> assertThat(v.version()).isEqualTo(1));
        assertThat(ActVersions.readAt(visit, new Clocks(null, VISIT_RECORDED_AT.minusNanos(1)))).isEmpty();
    }
}
