package th.go.mol.oneplan.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates as Thai officials type them: CE or BE years, numeric or written out, Thai or Arabic digits. */
class ThaiDatesTest {
    private static final LocalDate MEETING_1_2562 = LocalDate.of(2019, 1, 15);

    @ParameterizedTest(name = "\"{0}\" is 2019-01-15")
    @ValueSource(strings = {
            "2019-01-15",            // ISO-8601, Common Era
            "2562-01-15",            // ISO form with the Buddhist Era year
            "15/01/2562",            // day/month/BE year
            "15/1/2562",
            "15 มกราคม 2562",         // written out
            "15 ม.ค. 2562",           // abbreviated month
            "15 มกราคม พ.ศ. 2562",     // with the era named
            "๑๕ มกราคม ๒๕๖๒",         // Thai digits
            "๑๕/๐๑/๒๕๖๒",
            "  15 มกราคม 2562  ",     // surrounding spaces
            "15/01/2019"             // a year under 2400 is CE
    })
    void reads_the_day_of_meeting_1_2562_in_every_form_an_official_types(String text) {
        assertThat(ThaiDates.parse(text)).isEqualTo(MEETING_1_2562);
    }

    @Test
    void reads_every_thai_month_full_and_abbreviated() {
        String[][] months = {
                {"มกราคม", "ม.ค."}, {"กุมภาพันธ์", "ก.พ."}, {"มีนาคม", "มี.ค."}, {"เมษายน", "เม.ย."},
                {"พฤษภาคม", "พ.ค."}, {"มิถุนายน", "มิ.ย."}, {"กรกฎาคม", "ก.ค."}, {"สิงหาคม", "ส.ค."},
                {"กันยายน", "ก.ย."}, {"ตุลาคม", "ต.ค."}, {"พฤศจิกายน", "พ.ย."}, {"ธันวาคม", "ธ.ค."}};
        for (int m = 0; m < 12; m++) {
            LocalDate first = LocalDate.of(2019, m + 1, 1);
            assertThat(ThaiDates.parse("1 " + months[m][0] + " 2562")).isEqualTo(first);
            assertThat(ThaiDates.parse("1 " + months[m][1] + " 2562")).isEqualTo(first);
        }
    }

    @Test
    void reads_the_dates_of_the_trang_worked_example() {
        assertThat(ThaiDates.parse("13 กุมภาพันธ์ 2562")).isEqualTo(LocalDate.of(2019, 2, 13));
        assertThat(ThaiDates.parse("30 ก.ย. 2562")).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(ThaiDates.parse("22 พฤศจิกายน 2561")).isEqualTo(LocalDate.of(2018, 11, 22));
        // The source's "15 ธันวาคม 2562" is read as written; the officer corrects it to 2561.
        assertThat(ThaiDates.parse("15 ธันวาคม 2562")).isEqualTo(LocalDate.of(2019, 12, 15));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @NullAndEmptySource
    @ValueSource(strings = {
            "yesterday",
            "15 January 2562",       // English month name
            "15 มกรา 2562",           // not a month name the ministry writes
            "15/01/62",              // two-digit year
            "2562/01/15",
            "31/02/2562",            // no 31 February
            "29/02/2562",            // 2019 is no leap year
            "2562-13-01",
            "0/01/2562",
            "15-01-2562"
    })
    void refuses_text_that_is_not_a_date(String text) {
        assertThatThrownBy(() -> ThaiDates.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void names_the_accepted_forms_when_it_cannot_read_a_date() {
        assertThatThrownBy(() -> ThaiDates.parse("yesterday"))
                .hasMessage("'yesterday' is not a date: use 2019-01-15, 2562-01-15, 15/01/2562 or 15 มกราคม 2562");
        assertThatThrownBy(() -> ThaiDates.parse("15 January 2562"))
                .hasMessage("'January' is not a Thai month name");
    }

    @Test
    void reads_29_february_of_a_leap_year_in_be() {
        assertThat(ThaiDates.parse("29/02/2563")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void writes_a_date_as_a_thai_reader_does_with_the_be_year() {
        assertThat(ThaiDates.format(MEETING_1_2562)).isEqualTo("15 มกราคม 2562");
        assertThat(ThaiDates.format(LocalDate.of(2019, 9, 30))).isEqualTo("30 กันยายน 2562");
        assertThat(ThaiDates.format(LocalDate.of(2018, 10, 1))).isEqualTo("1 ตุลาคม 2561");
    }

    @Test
    void reads_back_what_it_writes() {
        for (LocalDate day = LocalDate.of(2018, 10, 1); !day.isAfter(LocalDate.of(2019, 9, 30)); day = day.plusDays(1)) {
            assertThat(ThaiDates.parse(ThaiDates.format(day))).isEqualTo(day);
        }
    }

    @Test
    void turns_thai_digits_into_arabic_and_keeps_everything_else() {
        assertThat(ThaiDates.arabicDigits("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
        assertThat(ThaiDates.arabicDigits("ตง ๐๐๒๗/๑๐๘๒")).isEqualTo("ตง 0027/1082");
        assertThat(ThaiDates.arabicDigits("1/2562")).isEqualTo("1/2562");
    }
}
