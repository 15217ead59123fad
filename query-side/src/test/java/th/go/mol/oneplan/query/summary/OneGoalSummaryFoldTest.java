package th.go.mol.oneplan.query.summary;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.correction.RecordCorrected;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.register.Service;
import th.go.mol.oneplan.register.ServiceDelivered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.query.TrangActs.*;

/** The One Goal summary folded from events alone: no database, the two clocks, corrections, workers once. */
class OneGoalSummaryFoldTest {
    private static final Instant FIRST = Instant.parse("2019-10-01T02:00:00Z");

    /** Trang's acts, recorded one an hour from FIRST in this order, at positions 100, 101, ... */
    private static List<LedgerEvent> trang(Object... more) {
        List<Object> payloads = new ArrayList<>(List.of(STARTED, HEADS_MEETING, AGENDA, APPOINTED, AMENDED, WG_MEETING_1,
                DRAFTED, APPROVED_1, VISIT, INSPECTION, REPORT, REVISED, WG_MEETING_2, APPROVED_2, SUMMARY));
        payloads.addAll(List.of(more));
        List<LedgerEvent> events = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            events.add(new LedgerEvent(100 + i, FIRST.plusSeconds(3600L * i), payloads.get(i)));
        }
        return events;
    }

    private static OneGoalYearSummary fold(List<LedgerEvent> drive, List<LedgerEvent> register, Clocks clocks) {
        return OneGoalSummaryFold.fold(new DriveYearEvents(DRIVE, drive, register, List.of()), clocks).orElseThrow();
    }

    @Test
    void a_year_that_reached_level_5_shows_each_level_its_evidence_the_plan_versions_and_the_inspection_it_led_to() {
        OneGoalYearSummary s = fold(trang(), List.of(), Clocks.NOW);

        assertThat(s.kpi().currentLevel()).isEqualTo(5);
        assertThat(s.kpi().levels().get(4).reachedOn()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(s.kpi().levels().get(4).evidence().get(0).documentReference()).isEqualTo("letter ตง 0027/1082");
        assertThat(s.planVersions()).extracting(OneGoalYearSummary.PlanVersion::status)
                .containsExactly("SUPERSEDED", "APPROVED");
        assertThat(s.planVersions().get(1).inspectionEventId()).isEqualTo(INSPECTION.eventId());
        assertThat(s.inspections()).hasSize(1);
        assertThat(s.inspections().get(0).followUps()).singleElement().satisfies(f -> {
            assertThat(f.link()).isEqualTo("NAMED");
            assertThat(f.version()).isEqualTo(2);
            assertThat(f.approvedOn()).isEqualTo(LocalDate.of(2019, 4, 17));
        });
        assertThat(s.reporting().monthlyReports()).isEqualTo(1);
        assertThat(s.reporting().oneGoalSummary().onTime()).isTrue();
        assertThat(s.steps()).extracting(OneGoalYearSummary.Step::done).containsOnly(true);
        assertThat(s.budget().byMonth()).hasSize(12);
        assertThat(s.basis().position()).isEqualTo(114L);
        assertThat(s.basis().recordedAt()).isEqualTo(FIRST.plusSeconds(3600L * 14));
    }

    @Test
    void the_same_events_fold_to_the_same_summary() {
        assertThat(fold(trang(), List.of(), Clocks.NOW)).isEqualTo(fold(trang(), List.of(), Clocks.NOW));
    }

    @Test
    void as_of_a_day_before_the_letter_level_5_is_not_reached_and_before_the_plan_the_drive_stands_at_level_1() {
        OneGoalYearSummary before = fold(trang(), List.of(), new Clocks(LocalDate.of(2019, 9, 29), null));
        OneGoalYearSummary january = fold(trang(), List.of(), new Clocks(LocalDate.of(2019, 1, 14), null));

        assertThat(before.kpi().currentLevel()).isEqualTo(4);
        assertThat(before.reporting().oneGoalSummary()).isNull();
        assertThat(january.kpi().currentLevel()).isEqualTo(1);
        assertThat(january.planVersions()).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo("DRAFT"));
        assertThat(january.fieldVisits()).isEmpty();
        assertThat(january.basis().asOf()).isEqualTo(LocalDate.of(2019, 1, 14));
    }

    @Test
    void recorded_as_of_before_the_letter_was_recorded_the_ledger_said_level_4() {
        Instant letterRecorded = FIRST.plusSeconds(3600L * 14);

        OneGoalYearSummary s = fold(trang(), List.of(), new Clocks(null, letterRecorded.minusSeconds(1)));

        assertThat(s.kpi().currentLevel()).isEqualTo(4);
        assertThat(s.basis().position()).isEqualTo(113L);
        assertThat(s.basis().recordedAsOf()).isEqualTo(letterRecorded.minusSeconds(1));
    }

    @Test
    void a_correction_moving_a_visit_after_as_of_takes_it_out_and_before_the_correction_was_recorded_it_counts() {
        RecordCorrected moved = new RecordCorrected(DRIVE, id(30), VISIT.eventId(), "FieldVisitLogged",
                "the visit was on 20 March", List.of(new FieldCorrection("visitDate", "2019-03-20")),
                LocalDate.of(2019, 10, 2), false, RECORDING);
        List<LedgerEvent> events = trang(moved);
        Instant correctionRecorded = events.get(events.size() - 1).recordedAt();
        Clocks march = new Clocks(LocalDate.of(2019, 3, 10), null);

        OneGoalYearSummary now = fold(events, List.of(), march);
        OneGoalYearSummary then = fold(events, List.of(), new Clocks(LocalDate.of(2019, 3, 10),
                correctionRecorded.minusSeconds(1)));

        assertThat(now.fieldVisits()).isEmpty();
        assertThat(now.kpi().currentLevel()).isEqualTo(2);
        assertThat(then.fieldVisits()).singleElement().satisfies(v -> {
            assertThat(v.visitDate()).isEqualTo(LocalDate.of(2019, 2, 13));
            assertThat(v.corrected()).isFalse();
        });
        assertThat(then.kpi().currentLevel()).isEqualTo(4);
        OneGoalYearSummary all = fold(events, List.of(), Clocks.NOW);
        assertThat(all.fieldVisits()).singleElement().satisfies(v -> {
            assertThat(v.visitDate()).isEqualTo(LocalDate.of(2019, 3, 20));
            assertThat(v.corrected()).isTrue();
        });
        assertThat(all.corrections()).singleElement().satisfies(c -> {
            assertThat(c.correctsEventId()).isEqualTo(VISIT.eventId());
            assertThat(c.fields()).extracting(OneGoalYearSummary.CorrectedField::correctedValue)
                    .containsExactly("2019-03-20");
            assertThat(c.recordedAt()).isEqualTo(correctionRecorded);
        });
    }

    @Test
    void registered_workers_are_counted_once_whether_a_visit_names_them_or_the_register_serves_them() {
        FieldVisitLogged withWorkers = new FieldVisitLogged(DRIVE, id(31), 920101, "ทับเที่ยง", "centre",
                List.of("Employment Office"), 12, List.of(), "P1", LocalDate.of(2019, 5, 2), false, RECORDING, 0L, null,
                null, List.of("worker-a", "worker-b"));
        ServiceDelivered again = new ServiceDelivered("worker-a", Service.SKILLS_TRAINING, Agency.SKILL_DEVELOPMENT_OFFICE,
                null, null, 920101, DRIVE, "P2", LocalDate.of(2019, 5, 3), RECORDING);
        ServiceDelivered another = new ServiceDelivered("worker-c", Service.JOB_PLACEMENT, Agency.EMPLOYMENT_OFFICE,
                null, null, 920101, DRIVE, "P1", LocalDate.of(2019, 6, 3), RECORDING);
        ServiceDelivered otherDrive = new ServiceDelivered("worker-d", Service.JOB_PLACEMENT, Agency.EMPLOYMENT_OFFICE,
                null, null, 920101, "92-2563", "P1", LocalDate.of(2019, 6, 3), RECORDING);
        List<LedgerEvent> register = List.of(new LedgerEvent(500, FIRST, again), new LedgerEvent(501, FIRST, another),
                new LedgerEvent(502, FIRST, otherDrive));

        OneGoalYearSummary s = fold(trang(withWorkers), register, Clocks.NOW);

        assertThat(s.people().registeredWorkersServed()).isEqualTo(3);
        assertThat(s.people().servicesDelivered()).isEqualTo(2);
        assertThat(s.people().peopleReached()).isEqualTo(45 + 12);
        assertThat(s.people().servicesByKind()).extracting(OneGoalYearSummary.ServiceCount::service)
                .containsExactly("JOB_PLACEMENT", "SKILLS_TRAINING");
        // The service of another drive is not part of this answer, so not of its basis either.
        assertThat(s.basis().position()).isEqualTo(501L);
    }

    @Test
    void an_act_recorded_after_the_year_is_listed_as_a_late_record_and_nothing_without_a_start_is_a_summary() {
        FieldVisitLogged late = new FieldVisitLogged(DRIVE, id(32), 920101, "ทับเที่ยง", "centre", List.of(), 5,
                List.of(), "P1", LocalDate.of(2019, 9, 20), true, RECORDING);

        OneGoalYearSummary s = fold(trang(late), List.of(), Clocks.NOW);

        assertThat(s.lateRecords()).singleElement().satisfies(l -> {
            assertThat(l.eventId()).isEqualTo(id(32));
            assertThat(l.type()).isEqualTo("FieldVisitLogged");
        });
        assertThat(OneGoalSummaryFold.fold(new DriveYearEvents(DRIVE, List.of(), List.of(), List.of()), Clocks.NOW))
                .isEmpty();
    }
}
