package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** A tambon centre is established in a real subdistrict, at a venue, in its province's programme. */
class EstablishTambonCentreTest {
    private static final String UUID_ID = "centre-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";

    private FixtureConfiguration<TambonCentre> fixture;

    @BeforeEach
    void setUp() {
        fixture = centreFixture();
    }

    private static EstablishTambonCentre establish(String id, int subdistrict, Venue venue, String programme) {
        return new EstablishTambonCentre(id, subdistrict, venue, ESTABLISHED_ON, false, programme, recording(2));
    }

    @Test
    void the_pilot_centre_of_tambon_talat_is_established_in_the_village_hall() {
        fixture.givenNoPriorActivity()
                .when(establishTalat())
                .expectSuccessfulHandlerExecution()
                .expectEvents(talatEstablished());
    }

    @Test
    void a_centre_that_is_not_a_pilot_may_sit_in_the_local_government_office_under_a_uuid_id() {
        Venue office = new Venue(VenueKind.LOCAL_GOVERNMENT_OFFICE, "  อบต.สมอทอง  ");
        fixture.givenNoPriorActivity()
                .when(establish(UUID_ID, 840702, office, PROGRAMME_ID))
                .expectEvents(new TambonCentreEstablished(UUID_ID, 840702, "สมอทอง", 8407, SURAT_THANI,
                        new Venue(VenueKind.LOCAL_GOVERNMENT_OFFICE, "อบต.สมอทอง"), false, PROGRAMME_ID,
                        ESTABLISHED_ON, recording(2)));
    }

    @Test
    void an_unknown_subdistrict_is_invalid() {
        fixture.givenNoPriorActivity()
                .when(establish(TALAT_CENTRE, 849999, TALAT_HALL, PROGRAMME_ID))
                .expectException(invalidValue("subdistrictCode", "thai-subdistrict"))
                .expectNoEvents();
    }

    @Test
    void the_programme_must_be_of_the_subdistrict_s_province() {
        // Tambon Thap Thiang (920101) is in Trang, not in Surat Thani's programme.
        fixture.givenNoPriorActivity()
                .when(establish("centre-920101-2563", 920101, TALAT_HALL, PROGRAMME_ID))
                .expectException(invalidValue("programmeId", "programme-in-province"));
    }

    @Test
    void the_programme_is_named_by_its_id() {
        fixture.givenNoPriorActivity()
                .when(establish(TALAT_CENTRE, TALAT, TALAT_HALL, null))
                .expectException(invalidValue("programmeId", "programme-id-format"));
        fixture.givenNoPriorActivity()
                .when(establish(TALAT_CENTRE, TALAT, TALAT_HALL, "84-2563"))
                .expectException(invalidValue("programmeId", "programme-id-format"));
    }

    @Test
    void a_centre_id_of_exactly_100_characters_is_accepted() {
        String longest = "centre-" + "c".repeat(CentreId.MAX_LENGTH - 7);
        fixture.givenNoPriorActivity()
                .when(establish(longest, TALAT, TALAT_HALL, PROGRAMME_ID))
                .expectEvents(new TambonCentreEstablished(longest, TALAT, "ตลาด", 8401, SURAT_THANI, TALAT_HALL,
                        false, PROGRAMME_ID, ESTABLISHED_ON, recording(2)));
    }

    @Test
    void a_centre_id_is_centre_and_at_most_100_url_safe_characters() {
        fixture.givenNoPriorActivity()
                .when(establish("ศูนย์ตลาด", TALAT, TALAT_HALL, PROGRAMME_ID))
                .expectException(invalidValue("centreId", "centre-id-format"));
        fixture.givenNoPriorActivity()
                .when(establish("centre-" + "c".repeat(CentreId.MAX_LENGTH - 6), TALAT, TALAT_HALL, PROGRAMME_ID))
                .expectException(invalidValue("centreId", "centre-id-format"));
        // Without the prefix an id could name another aggregate's stream: 84-2563 is Surat Thani's drive.
        fixture.givenNoPriorActivity()
                .when(establish("84-2563", TALAT, TALAT_HALL, PROGRAMME_ID))
                .expectException(invalidValue("centreId", "centre-id-format"));
        fixture.givenNoPriorActivity()
                .when(establish("5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f", TALAT, TALAT_HALL, PROGRAMME_ID))
                .expectException(invalidValue("centreId", "centre-id-format"));
    }

    @Test
    void the_venue_is_required_with_its_kind_and_name() {
        fixture.givenNoPriorActivity()
                .when(establish(TALAT_CENTRE, TALAT, null, PROGRAMME_ID))
                .expectException(invalidValue("venue", "required"));
        fixture.givenNoPriorActivity()
                .when(establish(TALAT_CENTRE, TALAT, new Venue(null, "ศาลา"), PROGRAMME_ID))
                .expectException(invalidValue("venue.kind", "required"));
        fixture.givenNoPriorActivity()
                .when(establish(TALAT_CENTRE, TALAT, new Venue(VenueKind.TEMPLE, " "), PROGRAMME_ID))
                .expectException(invalidValue("venue.name", "required"));
    }

    @Test
    void the_establishment_date_is_required_and_not_later_than_the_day_it_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(new EstablishTambonCentre(TALAT_CENTRE, TALAT, TALAT_HALL, null, true, PROGRAMME_ID,
                        recording(2)))
                .expectException(invalidValue("establishedOn", "required"));
        fixture.givenNoPriorActivity()
                .when(new EstablishTambonCentre(TALAT_CENTRE, TALAT, TALAT_HALL, LocalDate.of(2020, 2, 11), true,
                        PROGRAMME_ID, recording(2)))
                .expectException(invalidValue("establishedOn", "not-in-future"));
    }
}
