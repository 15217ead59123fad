package th.go.mol.oneplan.drive.fieldwork;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.drive.DriveFixture;
import th.go.mol.oneplan.drive.ProvincialDrive;
import th.go.mol.oneplan.drive.correction.CorrectRecord;
import th.go.mol.oneplan.drive.correction.FieldCorrection;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.drive.DriveFixture.invalidValue;
import static th.go.mol.oneplan.drive.TrangDrive.*;

/**
 * The drive and the centres meet: a field visit names the tambon centre it went to and the venue's tambon, and
 * visits and activities name the registered workers they served, each once. The Trang source's visit of 2019-03-28
 * went to the Kantang pilot centre at a venue in another tambon.
 */
class WorkersServedTest {
    private static final String KANTANG_CENTRE = "centre-" + KANTANG + "-2562";
    private static final String SOMSRI = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    private static final String SOMCHAI = "worker-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final LocalDate MARCH_28 = LocalDate.of(2019, 3, 28);
    private static final String VENUE = "ศาลาประชาคม";

    private FixtureConfiguration<ProvincialDrive> fixture;

    @BeforeEach
    void setUp() {
        fixture = DriveFixture.create();
    }

    private static LogFieldVisit visit(String centreId, List<String> workerIds) {
        return new LogFieldVisit(DRIVE_ID, MARCH_28, WANG_MAPRANG_NUEA, VENUE, List.of(), 30, List.of(), "P1", false,
                recording(99), 0, null, centreId, workerIds);
    }

    private static FieldVisitLogged logged(String centreId, List<String> workerIds) {
        return new FieldVisitLogged(DRIVE_ID, id(LEVEL_4_REACHED + 1), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ", VENUE,
                List.of(), 30, List.of(), "P1", MARCH_28, false, recording(99), 0, null, centreId, workerIds);
    }

    private static RecordActivity activity(List<String> workerIds) {
        return new RecordActivity(DRIVE_ID, MARCH_28, WANG_MAPRANG_NUEA, 20, 0, Agency.SKILL_DEVELOPMENT_OFFICE, "P1",
                "ฝึกอาชีพ", false, recording(99), null, workerIds);
    }

    @Test
    void a_visit_to_the_kantang_centre_names_it_and_the_workers_served_each_once() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(visit(KANTANG_CENTRE, List.of(SOMSRI, SOMCHAI, SOMSRI)))
                .expectEvents(logged(KANTANG_CENTRE, List.of(SOMSRI, SOMCHAI)));
    }

    @Test
    void a_visit_naming_no_centre_and_no_worker_is_recorded_as_before() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(visit("  ", null))
                .expectEvents(logged(null, List.of()));
    }

    @Test
    void an_activity_names_the_workers_served_each_once() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(activity(List.of(SOMCHAI, SOMCHAI)))
                .expectEvents(new ActivityRecorded(DRIVE_ID, id(LEVEL_4_REACHED + 1), WANG_MAPRANG_NUEA,
                        "วังมะปรางเหนือ", 20, 0, Agency.SKILL_DEVELOPMENT_OFFICE, "P1", "ฝึกอาชีพ", MARCH_28, false,
                        recording(99), null, List.of(SOMCHAI)));
    }

    @Test
    void refuses_a_worker_id_that_is_not_worker_and_a_uuid_naming_its_place_in_the_list() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(visit(null, List.of(SOMSRI, "3-1005-01234-56-7")))
                .expectException(invalidValue("workerIds[1]", "worker-id-format"));
        fixture.given(through(LEVEL_4_REACHED))
                .when(activity(Collections.singletonList(null)))
                .expectException(invalidValue("workerIds[0]", "worker-id-format"));
    }

    @Test
    void refuses_more_than_500_workers_on_one_act() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= WorkersServedRules.WORKERS_MAX; i++) {
            many.add(String.format("worker-00000000-0000-4000-8000-%012d", i));
        }
        fixture.given(through(LEVEL_4_REACHED))
                .when(activity(many))
                .expectException(invalidValue("workerIds", "size"));
    }

    @Test
    void refuses_a_centre_id_not_of_the_http_form() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(visit("kantang centre", List.of()))
                .expectException(invalidValue("centreId", "centre-id-format"));
        fixture.given(through(LEVEL_4_REACHED))
                .when(visit("centre-999999", List.of()))
                .expectException(invalidValue("centreId", "thai-subdistrict"));
    }

    @Test
    void refuses_a_centre_of_another_province_talat_in_surat_thani_for_the_trang_drive() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(visit("centre-" + TALAT_SURAT_THANI + "-2563", List.of()))
                .expectException(invalidValue("centreId", "centre-in-province"));
    }

    @Test
    void the_workers_served_and_the_centre_are_not_corrected_a_worker_once_named_stays_counted() {
        fixture.given(through(LEVEL_4_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(FIRST_VISIT), "wrong worker",
                        List.of(new FieldCorrection("workerIds", SOMCHAI)), MARCH_28, false, recording(100)))
                .expectException(invalidValue("corrections.field", "not-correctable"));
        fixture.given(through(LEVEL_4_REACHED))
                .when(new CorrectRecord(DRIVE_ID, id(FIRST_VISIT), "wrong centre",
                        List.of(new FieldCorrection("centreId", KANTANG_CENTRE)), MARCH_28, false, recording(100)))
                .expectException(invalidValue("corrections.field", "not-correctable"));
    }

    @Test
    void a_correction_of_another_field_keeps_the_workers_served() {
        FieldVisitLogged visit = logged(KANTANG_CENTRE, List.of(SOMSRI));
        FieldVisitLogged corrected = (FieldVisitLogged) visit.corrected(new FieldCorrection("venue", "วัด"));
        assertThat(corrected.workerIds()).containsExactly(SOMSRI);
        assertThat(corrected.centreId()).isEqualTo(KANTANG_CENTRE);
        ActivityRecorded activity = new ActivityRecorded(DRIVE_ID, "92-2562/30", WANG_MAPRANG_NUEA, "วังมะปรางเหนือ",
                20, 0, Agency.SKILL_DEVELOPMENT_OFFICE, "P1", "ฝึกอาชีพ", MARCH_28, false, recording(99), null,
                List.of(SOMCHAI));
        assertThat(((ActivityRecorded) activity.corrected(new FieldCorrection("participants", "25"))).workerIds())
                .containsExactly(SOMCHAI);
    }
}
