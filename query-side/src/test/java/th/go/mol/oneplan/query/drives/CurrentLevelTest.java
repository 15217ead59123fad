package th.go.mol.oneplan.query.drives;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentLevelTest {
    private static final LocalDate D1 = LocalDate.of(2018, 12, 20);
    private static final LocalDate D2 = LocalDate.of(2019, 1, 15);
    private static final LocalDate D3 = LocalDate.of(2019, 2, 13);

    @Test
    void isTheLastOfTheUnbrokenRunOfReachedLevels() {
        assertThat(CurrentLevel.of(Arrays.asList(D1, D2, null, null, null))).isEqualTo(new CurrentLevel(2, D2));
        assertThat(CurrentLevel.of(Arrays.asList(D1, D2, D3, D3, D3))).isEqualTo(new CurrentLevel(5, D3));
    }

    @Test
    void aLostLevelBreaksTheRun() {
        assertThat(CurrentLevel.of(Arrays.asList(null, D2, D3, null, null))).isEqualTo(new CurrentLevel(0, null));
        assertThat(CurrentLevel.of(Arrays.asList(D1, null, D3, null, null))).isEqualTo(new CurrentLevel(1, D1));
    }
}
