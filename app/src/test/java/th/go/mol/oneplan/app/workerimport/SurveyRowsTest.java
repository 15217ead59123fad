package th.go.mol.oneplan.app.workerimport;

import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.geography.ThaiGeography;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Title;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SurveyRowsTest {
    private static final String CENTRE = "centre-570101-2563";
    private static final String WORKER = "worker-5f0c8a3e-2b6d-4c1a-9e7f-0d3b2a1c4e5f";
    private static final Recording RECORDING = new Recording("officer", Instant.parse("2020-03-01T03:00:00Z"), "k");
    private final SurveyRows rows = new SurveyRows(ThaiGeography.load());

    @Test
    void a_thai_row_after_a_byte_order_mark_with_a_quoted_comma_is_a_registration_of_the_jobs_centre() {
        String file = "\uFEFF" + SurveyFiles.HEADER + "\r\n" + SurveyFiles.nationalId(42) + ",นางสาว,สมศรี,ใจดี,"
                + "12/04/2528,12/3,4,570101,rubber_oil_palm,PRIMARY,081-234-5678,LOW_INCOME; DEBT;,SOCIAL_SECURITY,"
                + "CONSENT,2020-02-01,\"ทะเบียนแรงงาน, เพื่อการส่งเสริมอาชีพ\",2020-02-03\r\n";

        List<SurveyRows.Mapped> mapped = read(file);

        assertThat(mapped).hasSize(1);
        SurveyRows.Ready ready = (SurveyRows.Ready) mapped.get(0);
        assertThat(ready.line()).isEqualTo(2);
        RegisterWorker command = ready.command().apply(RECORDING);
        assertThat(command.workerId()).isEqualTo(WORKER);
        assertThat(command.centreId()).isEqualTo(CENTRE);
        assertThat(command.nationalId().digits()).isEqualTo(SurveyFiles.nationalId(42));
        assertThat(command.title()).isEqualTo(Title.MISS);
        assertThat(command.firstName()).isEqualTo("สมศรี");
        assertThat(command.lastName()).isEqualTo("ใจดี");
        assertThat(command.dateOfBirth()).as("a BE date, day first").isEqualTo(LocalDate.of(1985, 4, 12));
        assertThat(command.address().houseNumber()).isEqualTo("12/3");
        assertThat(command.address().villageNumber()).isEqualTo(4);
        assertThat(command.address().subdistrictCode()).isEqualTo(570101);
        assertThat(command.problems()).containsExactly(Problem.LOW_INCOME, Problem.DEBT);
        assertThat(command.needs()).containsExactly(Need.SOCIAL_SECURITY);
        assertThat(command.lawfulBasis()).isEqualTo(LawfulBasis.consent(LocalDate.of(2020, 2, 1),
                "ทะเบียนแรงงาน, เพื่อการส่งเสริมอาชีพ"));
        assertThat(command.registeredOn()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(command.recording()).isEqualTo(RECORDING);
    }

    @Test
    void every_bad_value_of_a_row_is_reported_with_its_line_column_and_rule_without_the_value() {
        String file = SurveyFiles.HEADER + "\n" + SurveyFiles.row(1, 570101) + "\n"
                + "1234567890123,SIR,สมชาย,,1985-02-30,,x,57010a,FARMER,PRIMARY,,LOW_INCOME;BROKE,,CONSENT,,,\n";

        List<SurveyRows.Mapped> mapped = read(file);

        assertThat(mapped.get(0)).isInstanceOf(SurveyRows.Ready.class);
        SurveyRows.Rejected bad = (SurveyRows.Rejected) mapped.get(1);
        assertThat(bad.errors()).extracting(RowError::line, RowError::field, RowError::rule).containsExactly(
                tuple(3L, "nationalId", "national-id-check-digit"),
                tuple(3L, "title", "one-of"),
                tuple(3L, "lastName", "required"),
                tuple(3L, "dateOfBirth", "date"),
                tuple(3L, "houseNumber", "required"),
                tuple(3L, "villageNumber", "integer"),
                tuple(3L, "subdistrictCode", "integer"),
                tuple(3L, "occupation", "one-of"),
                tuple(3L, "problems", "one-of"),
                tuple(3L, "registeredOn", "required"));
        assertThat(bad.errors()).extracting(RowError::message).noneMatch(m -> m.contains("1234567890123")
                || m.contains("SIR") || m.contains("1985-02-30") || m.contains("57010a") || m.contains("BROKE"));
    }

    @Test
    void a_row_whose_values_read_is_checked_by_the_registers_rules_naming_the_column() {
        String file = SurveyFiles.HEADER + "\n"
                + SurveyFiles.row(1000, 570101).replace("สมศรี", "Somsri") + "\n"
                + SurveyFiles.row(3, 999999) + "\n"
                + SurveyFiles.row(4, 570101).replace(",CONSENT,2020-02-01,", ",CONSENT,2020-02-05,") + "\n"
                + SurveyFiles.row(5, 570101).replace("2020-02-03", "2030-02-03") + "\n";

        List<SurveyRows.Mapped> mapped = read(file);

        assertThat(mapped).extracting(m -> ((SurveyRows.Rejected) m).errors().get(0))
                .extracting(RowError::line, RowError::field, RowError::rule).containsExactly(
                        tuple(2L, "firstName", "thai-script"),
                        tuple(3L, "subdistrictCode", "thai-subdistrict"),
                        tuple(4L, "consentedOn", "consent-before-registration"),
                        tuple(5L, "registeredOn", "not-in-future"));
    }

    @Test
    void the_generated_rows_of_the_tests_are_all_good() {
        StringBuilder file = new StringBuilder(SurveyFiles.HEADER).append('\n');
        for (int i = 0; i < 1000; i++) {
            file.append(SurveyFiles.row(i, 340101)).append('\n');
        }

        assertThat(read(file.toString())).allMatch(m -> m instanceof SurveyRows.Ready);
    }

    @Test
    void a_row_with_more_or_fewer_fields_than_the_header_is_refused_whole() {
        String file = SurveyFiles.HEADER + "\n" + SurveyFiles.row(6, 570101).replace("\"", "") + "\n"
                + "3100000000001,MR\n";

        List<SurveyRows.Mapped> mapped = read(file);

        assertThat(mapped).extracting(m -> ((SurveyRows.Rejected) m).errors().get(0))
                .extracting(RowError::line, RowError::field, RowError::rule)
                .containsExactly(tuple(2L, "row", "column-count"), tuple(3L, "row", "column-count"));
    }

    @Test
    void a_row_with_a_byte_that_is_not_utf_8_is_refused_whole_and_the_rows_after_it_are_still_read() {
        byte[] good1 = (SurveyFiles.HEADER + "\n" + SurveyFiles.row(11, 340101) + "\n").getBytes(StandardCharsets.UTF_8);
        // A Thai name as Windows-874 writes it (one byte a letter), inside the quoted purpose of the second row.
        String second = SurveyFiles.row(12, 340101);
        byte[] bad = second.replace("\"ทะเบียน", "\"\u0000").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length; i++) {
            if (bad[i] == 0) {
                bad[i] = (byte) 0xB7;   // ท in TIS-620: not UTF-8 on its own
            }
        }
        byte[] good3 = ("\n" + SurveyFiles.row(13, 340101) + "\n" + SurveyFiles.row(14, 340101) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[good1.length + bad.length + good3.length];
        System.arraycopy(good1, 0, file, 0, good1.length);
        System.arraycopy(bad, 0, file, good1.length, bad.length);
        System.arraycopy(good3, 0, file, good1.length + bad.length, good3.length);

        List<SurveyRows.Mapped> mapped = read(file);

        assertThat(mapped).extracting(SurveyRows.Mapped::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(mapped.get(0)).isInstanceOf(SurveyRows.Ready.class);
        assertThat(((SurveyRows.Rejected) mapped.get(1)).errors())
                .extracting(RowError::line, RowError::field, RowError::rule).containsExactly(tuple(3L, "row", "utf-8"));
        assertThat(mapped.get(2)).isInstanceOf(SurveyRows.Ready.class);
        assertThat(mapped.get(3)).isInstanceOf(SurveyRows.Ready.class);
    }

    @Test
    void a_header_that_is_not_utf_8_is_refused() {
        byte[] header = (SurveyFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        header[3] = (byte) 0xE0;
        assertThatThrownBy(() -> read(header)).isInstanceOfSatisfying(InvalidValue.class, e -> {
            assertThat(e.field()).isEqualTo("header");
            assertThat(e.rule()).isEqualTo("utf-8");
        });
    }

    @Test
    void a_header_with_an_unknown_a_missing_or_a_repeated_column_is_refused_naming_it() {
        assertThatThrownBy(() -> read(SurveyFiles.HEADER + ",nickname\n"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("nickname");
                    assertThat(e.rule()).isEqualTo("unknown-column");
                });
        assertThatThrownBy(() -> read(SurveyFiles.HEADER.replace(",phone", "") + "\n"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.rule()).isEqualTo("missing-column");
                });
        assertThatThrownBy(() -> read(SurveyFiles.HEADER + ",title\n"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("duplicate-column"));
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("required"));
    }

    @Test
    void a_row_registered_before_the_centre_was_established_is_refused_naming_registeredOn() {
        // The rows are registered on 2020-02-03; this centre was established on 2020-02-04.
        String file = SurveyFiles.HEADER + "\n" + SurveyFiles.row(1, 570101) + "\n";

        List<SurveyRows.Mapped> early = read(file, LocalDate.of(2020, 2, 4));
        List<SurveyRows.Mapped> sameDay = read(file, LocalDate.of(2020, 2, 3));

        assertThat(((SurveyRows.Rejected) early.get(0)).errors())
                .extracting(RowError::line, RowError::field, RowError::rule)
                .containsExactly(tuple(2L, "registeredOn", "registration-before-centre"));
        assertThat(sameDay.get(0)).as("the day the centre was established is a day it registers")
                .isInstanceOf(SurveyRows.Ready.class);
    }

    private List<SurveyRows.Mapped> read(String file) {
        return read(file.getBytes(StandardCharsets.UTF_8), null);
    }

    private List<SurveyRows.Mapped> read(String file, LocalDate centreEstablished) {
        return read(file.getBytes(StandardCharsets.UTF_8), centreEstablished);
    }

    private List<SurveyRows.Mapped> read(byte[] file) {
        return read(file, null);
    }

    private List<SurveyRows.Mapped> read(byte[] file, LocalDate centreEstablished) {
        List<SurveyRows.Mapped> mapped = new ArrayList<>();
        try (SurveyReader reader = SurveyReader.open(new ByteArrayInputStream(file))) {
            for (SurveyReader.Row row : reader) {
                mapped.add(rows.map(row, WORKER, CENTRE, centreEstablished, RECORDING));
            }
        }
        return mapped;
    }
}
