package th.go.mol.oneplan.centre;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static th.go.mol.oneplan.centre.SuratThaniCentres.*;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;

/** A province declares its pilot programme of tambon centres for a fiscal year. */
class DeclarePilotProgrammeTest {
    private FixtureConfiguration<PilotProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = programmeFixture();
    }

    private static DeclarePilotProgramme declaration(String id, int province, int year, String name, LocalDate on) {
        return new DeclarePilotProgramme(id, province, year, name, on, recording(1));
    }

    @Test
    void surat_thani_declares_its_programme_of_fy_2563_under_the_province_s_name() {
        fixture.givenNoPriorActivity()
                .when(declare())
                .expectSuccessfulHandlerExecution()
                .expectEvents(declared());
    }

    @Test
    void a_programme_may_be_declared_up_to_a_year_before_its_fiscal_year() {
        LocalDate yearBefore = LocalDate.of(2018, 10, 1);
        fixture.givenNoPriorActivity()
                .when(declaration(PROGRAMME_ID, SURAT_THANI, 2563, PROGRAMME_NAME, yearBefore))
                .expectEvents(new PilotProgrammeDeclared(PROGRAMME_ID, SURAT_THANI, "สุราษฎร์ธานี", 2563,
                        PROGRAMME_NAME, yearBefore, recording(1)));
    }

    @Test
    void an_unknown_province_is_invalid() {
        fixture.givenNoPriorActivity()
                .when(declaration("pilot-99-2563", 99, 2563, PROGRAMME_NAME, DECLARED_ON))
                .expectException(invalidValue("provinceCode", "thai-province"))
                .expectNoEvents();
    }

    @Test
    void the_id_is_pilot_the_province_code_and_the_fiscal_year_not_the_drive_s_id() {
        fixture.givenNoPriorActivity()
                .when(declaration("pilot-84-2562", SURAT_THANI, 2563, PROGRAMME_NAME, DECLARED_ON))
                .expectException(invalidValue("programmeId", "programme-id-format"));
        fixture.givenNoPriorActivity()
                .when(declaration("surat-thani", SURAT_THANI, 2563, PROGRAMME_NAME, DECLARED_ON))
                .expectException(invalidValue("programmeId", "programme-id-format"));
        // 84-2563 is the id of Surat Thani's drive of FY 2563: the event store keys streams by id alone.
        fixture.givenNoPriorActivity()
                .when(declaration("84-2563", SURAT_THANI, 2563, PROGRAMME_NAME, DECLARED_ON))
                .expectException(invalidValue("programmeId", "programme-id-format"));
    }

    @Test
    void a_fiscal_year_outside_the_ledger_s_range_is_invalid() {
        fixture.givenNoPriorActivity()
                .when(declaration("pilot-84-2020", SURAT_THANI, 2020, PROGRAMME_NAME, DECLARED_ON))
                .expectException(invalidValue("fiscalYear", "fiscal-year-range"));
    }

    @Test
    void a_programme_needs_its_name() {
        fixture.givenNoPriorActivity()
                .when(declaration(PROGRAMME_ID, SURAT_THANI, 2563, "  ", DECLARED_ON))
                .expectException(invalidValue("name", "required"));
    }

    @Test
    void the_declaration_date_is_required_and_not_later_than_the_day_it_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(declaration(PROGRAMME_ID, SURAT_THANI, 2563, PROGRAMME_NAME, null))
                .expectException(invalidValue("declaredOn", "required"));
        fixture.givenNoPriorActivity()
                .when(declaration(PROGRAMME_ID, SURAT_THANI, 2563, PROGRAMME_NAME, LocalDate.of(2020, 2, 11)))
                .expectException(invalidValue("declaredOn", "not-in-future"));
    }

    @Test
    void a_declaration_more_than_a_year_before_the_fiscal_year_is_invalid() {
        fixture.givenNoPriorActivity()
                .when(declaration(PROGRAMME_ID, SURAT_THANI, 2563, PROGRAMME_NAME, LocalDate.of(2018, 9, 30)))
                .expectException(invalidValue("declaredOn", "declared-near-fiscal-year"));
    }
}
