package th.go.mol.oneplan.query.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionPositionsTest {

    @Test
    void a_token_includes_the_positions_it_has_passed_but_not_a_gap_it_still_waits_for() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, List.of(7L));

        assertThat(ProjectionPositions.includes(token, 10)).isTrue();
        assertThat(ProjectionPositions.includes(token, 6)).isTrue();
        assertThat(ProjectionPositions.includes(token, 7)).as("an event still in flight").isFalse();
        assertThat(ProjectionPositions.includes(token, 11)).isFalse();
    }

    @Test
    void a_replaying_projection_includes_only_what_it_has_folded_in_again() {
        Object replaying = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(100, List.of()),
                GapAwareTrackingToken.newInstance(40, List.of()));

        assertThat(ProjectionPositions.includes(replaying, 40)).isTrue();
        assertThat(ProjectionPositions.includes(replaying, 41)).isFalse();
        assertThat(ProjectionPositions.includes(null, 0)).as("no token yet").isFalse();
    }
}
