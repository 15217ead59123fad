package th.go.mol.oneplan.register;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.mol.oneplan.register.TalatWorkers.TALAT_CENTRE;

/** A centre registers workers, and takes them in by a move, from the day it was established. */
class RegisterAgainstCentreTest {
    private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 15);

    @Test
    void a_registration_on_or_after_the_day_the_centre_was_established_is_accepted() {
        assertThatCode(() -> {
            WorkerRules.registeredAfterCentre(ESTABLISHED, TALAT_CENTRE, ESTABLISHED);
            WorkerRules.registeredAfterCentre(ESTABLISHED.plusDays(1), TALAT_CENTRE, ESTABLISHED);
        }).doesNotThrowAnyException();
    }

    @Test
    void a_registration_before_the_centre_was_established_is_refused_naming_registeredOn() {
        assertThatThrownBy(() -> WorkerRules.registeredAfterCentre(ESTABLISHED.minusDays(1), TALAT_CENTRE,
                ESTABLISHED)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("registration-before-centre");
                    assertThat(e.field()).isEqualTo("registeredOn");
                    assertThat(e.getMessage()).contains(TALAT_CENTRE, "2020-01-15");
                });
    }

    @Test
    void a_move_into_a_centre_before_it_was_established_is_refused_naming_movedOn() {
        assertThatCode(() -> WorkerRules.movedAfterCentre(ESTABLISHED, TALAT_CENTRE, ESTABLISHED))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkerRules.movedAfterCentre(ESTABLISHED.minusDays(1), TALAT_CENTRE, ESTABLISHED))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("move-before-centre");
                    assertThat(e.field()).isEqualTo("movedOn");
                });
    }

    @Test
    void a_missing_date_is_left_to_the_commands_own_400() {
        assertThatCode(() -> {
            WorkerRules.registeredAfterCentre(null, TALAT_CENTRE, ESTABLISHED);
            WorkerRules.movedAfterCentre(null, TALAT_CENTRE, ESTABLISHED);
        }).doesNotThrowAnyException();
    }
}
