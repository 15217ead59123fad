package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.geography.District;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.brokenRule;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** The programme names one pilot tambon per district of its province, and the centre to be established there. */
class DesignatePilotCentreTest {
    /** The first tambon of each of Surat Thani's 19 districts, 840101 (Talat) to 841901 (Takuk Tai). */
    private static final List<Integer> FIRST_TAMBON_OF_EACH_DISTRICT =
            IntStream.rangeClosed(8401, 8419).mapToObj(d -> d * 100 + 1).toList();

    private FixtureConfiguration<PilotProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = programmeFixture();
    }

    @Test
    void the_first_pilot_is_designated_with_its_tambon_s_name_and_district() {
        fixture.given(declared())
                .when(designate(TALAT))
                .expectEvents(new PilotCentreDesignated(PROGRAMME_ID, TALAT_CENTRE, TALAT, "ตลาด", 8401,
                        DESIGNATED_ON, recording(TALAT)));
    }

    @Test
    void surat_thani_has_19_districts_and_pilots_one_tambon_in_each() {
        assertThat(GEOGRAPHY.districtsOf(SURAT_THANI)).extracting(District::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(8401, 8419).boxed().toList());
        List<Object> first18 = new ArrayList<>();
        first18.add(declare());
        FIRST_TAMBON_OF_EACH_DISTRICT.subList(0, 18).forEach(code -> first18.add(designate(code)));

        fixture.givenCommands(first18)
                .when(designate(841901))
                .expectEvents(new PilotCentreDesignated(PROGRAMME_ID, "centre-841901-2563", 841901, "ตะกุกใต้",
                        8419, DESIGNATED_ON, recording(841901)));
    }

    @Test
    void given_19_pilots_a_20th_in_a_district_that_has_one_is_refused_naming_the_existing_centre() {
        List<Object> all19 = new ArrayList<>();
        all19.add(declared());
        FIRST_TAMBON_OF_EACH_DISTRICT.forEach(code -> all19.add(designated(code)));

        // Tambon Samo Thong (840702) is in Tha Chana district, whose pilot is Tambon Tha Chana (840701).
        fixture.given(all19)
                .when(designate(840702))
                .expectException(brokenRule("one-pilot-per-district"))
                .expectExceptionMessage(allOf(containsString("district 8407"),
                        containsString("centre-840701-2563"), containsString("ท่าชนะ")))
                .expectNoEvents();
    }

    @Test
    void a_second_pilot_in_the_same_district_is_refused() {
        fixture.given(declared(), designated(TALAT))
                .when(designate(840102))
                .expectException(brokenRule("one-pilot-per-district"))
                .expectExceptionMessage(containsString(TALAT_CENTRE));
    }

    @Test
    void a_centre_already_designated_cannot_pilot_another_district() {
        fixture.given(declared(), designated(TALAT))
                .when(new DesignatePilotCentre(PROGRAMME_ID, TALAT_CENTRE, 840701, DESIGNATED_ON, recording(9)))
                .expectException(brokenRule("centre-already-designated"));
    }

    @Test
    void an_unknown_subdistrict_is_invalid() {
        fixture.given(declared())
                .when(designate(849999))
                .expectException(invalidValue("subdistrictCode", "thai-subdistrict"));
    }

    @Test
    void a_tambon_of_another_province_is_invalid() {
        // Tambon Thap Thiang (920101) is in Trang.
        fixture.given(declared())
                .when(designate(920101))
                .expectException(invalidValue("subdistrictCode", "subdistrict-in-province"))
                .expectNoEvents();
    }

    @Test
    void a_centre_id_with_spaces_or_slashes_is_invalid() {
        fixture.given(declared())
                .when(new DesignatePilotCentre(PROGRAMME_ID, "centre 840101/2563", TALAT, DESIGNATED_ON, recording(9)))
                .expectException(invalidValue("centreId", "centre-id-format"));
        fixture.given(declared())
                .when(new DesignatePilotCentre(PROGRAMME_ID, null, TALAT, DESIGNATED_ON, recording(9)))
                .expectException(invalidValue("centreId", "centre-id-format"));
    }

    @Test
    void a_pilot_cannot_be_chosen_before_the_programme_was_declared() {
        fixture.given(declared())
                .when(new DesignatePilotCentre(PROGRAMME_ID, TALAT_CENTRE, TALAT, DECLARED_ON.minusDays(1),
                        recording(9)))
                .expectException(brokenRule("designation-before-declaration"));
    }

    @Test
    void a_pilot_cannot_be_chosen_after_the_day_it_is_recorded() {
        fixture.given(declared())
                .when(new DesignatePilotCentre(PROGRAMME_ID, TALAT_CENTRE, TALAT, LocalDate.of(2020, 2, 11),
                        recording(9)))
                .expectException(invalidValue("designatedOn", "not-in-future"));
    }
}
