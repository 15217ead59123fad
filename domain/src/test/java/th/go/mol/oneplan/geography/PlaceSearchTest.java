package th.go.mol.oneplan.geography;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding the code of a place by the name people know it by. */
class PlaceSearchTest {
    private static final PlaceSearch SEARCH = new PlaceSearch(ThaiGeography.load());

    @Test
    void a_province_found_by_its_thai_name_comes_before_the_places_named_after_it() {
        PlaceSearch.Found found = SEARCH.find("ตรัง", "q", 5);

        assertThat(found.places().get(0)).isEqualTo(new Place(PlaceKind.PROVINCE, 92, "ตรัง", "Trang", 92, null));
        // Tambon Trang of Mayo, Pattani, is named exactly so: a whole name before a name's start.
        assertThat(found.places().get(1)).isEqualTo(
                new Place(PlaceKind.SUBDISTRICT, 940503, "ตรัง", "Trang", 94, 9405));
        assertThat(found.places().get(2)).isEqualTo(
                new Place(PlaceKind.DISTRICT, 9201, "เมืองตรัง", "Mueang Trang", 92, 9201));
        assertThat(found.total()).isGreaterThanOrEqualTo(found.places().size());
    }

    @Test
    void english_names_match_whatever_the_case_spaces_or_hyphens() {
        assertThat(SEARCH.find("TRANG", "q", 1).places()).extracting(Place::code).containsExactly(92);
        assertThat(SEARCH.find("mueang-trang", "q", 1).places()).extracting(Place::code).containsExactly(9201);
        assertThat(SEARCH.find("nayong", "q", 10).places()).extracting(Place::code)
                .startsWith(9208).contains(920108);
    }

    @Test
    void a_subdistrict_carries_its_district_and_province() {
        Place talat = SEARCH.find("Thap Thiang", "q", 1).places().get(0);

        assertThat(talat).isEqualTo(new Place(PlaceKind.SUBDISTRICT, 920101, "ทับเที่ยง", "Thap Thiang", 92, 9201));
    }

    @Test
    void the_administrative_word_before_a_thai_name_is_dropped() {
        assertThat(SEARCH.find("อำเภอเมืองตรัง", "q", 1).places()).extracting(Place::code).containsExactly(9201);
        assertThat(SEARCH.find("จังหวัด ตรัง", "q", 1).places()).extracting(Place::code).containsExactly(92);
    }

    @Test
    void whole_names_first_then_starts_then_anywhere_inside() {
        PlaceSearch.Found found = SEARCH.find("Bang Rak", "q", 100);

        assertThat(found.places()).allSatisfy(p -> assertThat(PlaceSearch.key(p.nameEn())).contains("bangrak"));
        assertThat(PlaceSearch.key(found.places().get(0).nameEn())).isEqualTo("bangrak");
        assertThat(found.places().get(0).kind()).isEqualTo(PlaceKind.DISTRICT);
        int firstInside = indexOfFirst(found, p -> !PlaceSearch.key(p.nameEn()).startsWith("bangrak"));
        int lastWhole = lastIndexOf(found, p -> PlaceSearch.key(p.nameEn()).equals("bangrak"));
        assertThat(lastWhole).isLessThan(firstInside < 0 ? Integer.MAX_VALUE : firstInside);
    }

    @Test
    void the_limit_caps_what_is_shown_and_the_total_says_how_many_matched() {
        PlaceSearch.Found capped = SEARCH.find("นา", "q", 3);
        PlaceSearch.Found all = SEARCH.find("นา", "q", 10_000);

        assertThat(capped.places()).hasSize(3);
        assertThat(capped.total()).isEqualTo(all.total()).isEqualTo(all.places().size()).isGreaterThan(100);
        assertThat(capped.places()).isEqualTo(all.places().subList(0, 3));
    }

    @Test
    void nothing_found_is_an_empty_answer_not_an_error() {
        PlaceSearch.Found found = SEARCH.find("Atlantis", "q", 20);

        assertThat(found.places()).isEmpty();
        assertThat(found.total()).isZero();
    }

    @Test
    void a_query_too_short_too_long_or_missing_is_refused_naming_the_field() {
        assertRefused(null, "required");
        assertRefused("   ", "required");
        assertRefused("T", "min-length");
        assertRefused("ต", "min-length");
        assertRefused(" - . ", "min-length");
        assertRefused("x".repeat(PlaceSearch.MAX_QUERY_LENGTH + 1), "max-length");
    }

    private static void assertRefused(String query, String rule) {
        assertThatThrownBy(() -> SEARCH.find(query, "q", 20)).isInstanceOfSatisfying(InvalidValue.class, e -> {
            assertThat(e.field()).isEqualTo("q");
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    private static int indexOfFirst(PlaceSearch.Found found, java.util.function.Predicate<Place> test) {
        for (int i = 0; i < found.places().size(); i++) {
            if (test.test(found.places().get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(PlaceSearch.Found found, java.util.function.Predicate<Place> test) {
        int last = -1;
        for (int i = 0; i < found.places().size(); i++) {
            if (test.test(found.places().get(i))) {
                last = i;
            }
        }
        return last;
    }
}
