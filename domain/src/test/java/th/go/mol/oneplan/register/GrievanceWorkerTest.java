package th.go.mol.oneplan.register;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.centre.GrievanceRules;
import th.go.mol.oneplan.common.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.mol.oneplan.register.TalatWorkers.TALAT;
import static th.go.mol.oneplan.register.TalatWorkers.TALAT_CENTRE;
import static th.go.mol.oneplan.register.TalatWorkers.WORKER_ID;

/** A grievance names a worker of the register, as the worker's own stream tells them. */
class GrievanceWorkerTest {

    @Test
    void a_registered_worker_may_bring_a_grievance_also_after_a_move() {
        Optional<WorkerHistory> somsri = WorkerHistory.of(WORKER_ID,
                Stream.of(TalatWorkers.somsriRegistered(), TalatWorkers.somsriMovedToMakhamTia()));

        assertThatCode(() -> GrievanceRules.grievanceOf(WORKER_ID, somsri)).doesNotThrowAnyException();
    }

    @Test
    void a_worker_never_registered_is_refused_naming_workerId() {
        assertThatThrownBy(() -> GrievanceRules.grievanceOf(WORKER_ID, Optional.empty()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("unknown-worker");
                    assertThat(e.field()).isEqualTo("workerId");
                });
    }

    @Test
    void a_worker_whose_personal_data_was_erased_is_refused_naming_workerId() {
        Optional<WorkerHistory> erased = WorkerHistory.of(WORKER_ID, Stream.of(TalatWorkers.somsriRegistered(),
                new PersonalDataErased(WORKER_ID, ErasureGround.values()[0], null, TALAT_CENTRE, TALAT,
                        LocalDate.of(2020, 2, 9), TalatWorkers.recording(2))));

        assertThatThrownBy(() -> GrievanceRules.grievanceOf(WORKER_ID, erased))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("personal-data-erased");
                    assertThat(e.field()).isEqualTo("workerId");
                    assertThat(e.getMessage()).doesNotContain(TalatWorkers.FIRST_NAME);
                });
    }
}
