package th.go.mol.oneplan.query.acts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import th.go.mol.oneplan.drive.RecordedAct;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of act the domain records is kept in columns: each implementation of {@link RecordedAct} is listed in
 * {@link ActTypes} with a mapper of its own. (That each mapper reads back what it wrote is proven on PostgreSQL,
 * by ActColumnsRoundTripIT in the app module.)
 */
class ActTypesTest {

    @Test
    void every_kind_of_recorded_act_in_the_domain_has_columns_of_its_own() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RecordedAct.class));
        List<String> kinds = scanner.findCandidateComponents("th.go.mol.oneplan").stream()
                .map(BeanDefinition::getBeanClassName).sorted().toList();

        assertThat(kinds).as("the domain's kinds of recorded act").hasSizeGreaterThanOrEqualTo(14);
        assertThat(ActTypes.all().stream().map(Class::getName).sorted().toList())
                .as("a new kind of act needs a mapper (ActColumns) listed in ActTypes")
                .containsExactlyElementsOf(kinds);
        for (Class<? extends RecordedAct> type : ActTypes.all()) {
            ActColumns<?> columns = ActTypes.columns(type.getSimpleName());
            assertThat(columns.type()).isEqualTo(type);
            assertThat(columns.tables()).isNotEmpty().allMatch(table -> table.startsWith("drive_act_"));
        }
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> ActTypes.byName("KpiLevelReached")).isInstanceOf(IllegalStateException.class);
    }
}
