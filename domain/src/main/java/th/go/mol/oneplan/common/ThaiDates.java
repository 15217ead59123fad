package th.go.mol.oneplan.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as Thai officials type them: ISO-8601 in the Common Era ({@code 2019-01-15}), or with a
 * Buddhist Era year ({@code 2562-01-15}, {@code 15/01/2562}), or written out ({@code 15 มกราคม 2562},
 * {@code 15 ม.ค. 2562}), in Thai or Arabic digits. A year of 2400 or more is taken as BE: no CE date
 * this system records is that late, and no BE year is that early.
 */
public final class ThaiDates {
    private static final int BE_THRESHOLD = 2400;
    private static final List<List<String>> THAI_MONTHS = List.of(
            List.of("มกราคม", "ม.ค."), List.of("กุมภาพันธ์", "ก.พ."), List.of("มีนาคม", "มี.ค."),
            List.of("เมษายน", "เม.ย."), List.of("พฤษภาคม", "พ.ค."), List.of("มิถุนายน", "มิ.ย."),
            List.of("กรกฎาคม", "ก.ค."), List.of("สิงหาคม", "ส.ค."), List.of("กันยายน", "ก.ย."),
            List.of("ตุลาคม", "ต.ค."), List.of("พฤศจิกายน", "พ.ย."), List.of("ธันวาคม", "ธ.ค."));
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+(\\S+)\\s+(?:พ\\.ศ\\.\\s*)?(\\d{4})");

    private ThaiDates() {
    }

    /** Replaces Thai digits (๐-๙) with Arabic digits; other characters are kept. */
    public static String arabicDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }

    /**
     * @throws DateTimeException when the text is not a date in one of the accepted forms
     */
    public static LocalDate parse(String text) {
        if (text == null) {
            throw new DateTimeException("no date given");
        }
        String s = arabicDigits(text.strip());
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = WRITTEN.matcher(s);
        if (m.matches()) {
            int month = thaiMonth(m.group(2));
            return date(m.group(3), String.valueOf(month), m.group(1));
        }
        throw new DateTimeException("'" + text + "' is not a date: use 2019-01-15, 2562-01-15, 15/01/2562 or 15 มกราคม 2562");
    }

    /** The date as a Thai reader writes it, e.g. {@code 15 มกราคม 2562}. */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + THAI_MONTHS.get(date.getMonthValue() - 1).get(0) + " "
                + (date.getYear() + FiscalYear.BE_OFFSET);
    }

    private static int thaiMonth(String name) {
        for (int i = 0; i < THAI_MONTHS.size(); i++) {
            if (THAI_MONTHS.get(i).contains(name)) {
                return i + 1;
            }
        }
        throw new DateTimeException("'" + name + "' is not a Thai month name");
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y >= BE_THRESHOLD) {
            y -= FiscalYear.BE_OFFSET;
        }
        return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    }
}
