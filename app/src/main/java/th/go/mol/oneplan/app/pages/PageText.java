package th.go.mol.oneplan.app.pages;

import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.summary.ThaiText;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.query.budget.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import java.util.Locale;

/**
 * How the pages write things (templates call it as {@code fmt}): Buddhist Era dates, baht, KPI levels as a number
 * with a colour and a name (never the colour alone), the Thai names of steps, agencies and statuses (those of the
 * printed summary, {@link ThaiText}). One bean for the pages; it keeps nothing between calls.
 */
@Component
@WithPages
public final class PageText {
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final List<String> LEVEL_NAMES = List.of("ยังไม่ถึงระดับ 1 (not started)",
            "ระดับ 1 คณะทำงาน (working group)", "ระดับ 2 One Plan (plan approved)", "ระดับ 3 ดำเนินการ (acting)",
            "ระดับ 4 ติดตามรายงาน (reporting)", "ระดับ 5 สรุปผล One Goal (summary sent)");

    private final ThaiText thai = new ThaiText();

    /** {@code 20 ธ.ค. 2561}, the Buddhist Era year of {@link ThaiBuddhistDate}; a dash for none. */
    public String date(LocalDate date) {
        if (date == null) {
            return "-";
        }
        ThaiBuddhistDate be = ThaiBuddhistDate.from(date);
        return date.getDayOfMonth() + " " + SHORT_MONTHS.get(date.getMonthValue() - 1) + " "
                + be.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
    }

    /** {@code 20 ธันวาคม 2561}: the long form of official letters. */
    public String longDate(LocalDate date) {
        return thai.date(date);
    }

    /** {@code 5 ธ.ค. 2562 14:03} in Bangkok time: when something was recorded. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "-";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, THAILAND);
        return date(local.toLocalDate()) + String.format(Locale.ROOT, " %02d:%02d", local.getHour(), local.getMinute());
    }

    /** {@code ต.ค. 2561}. */
    public String month(YearMonth month) {
        return month == null ? "-" : thai.month(month);
    }

    /** A calendar month written {@code 2019-06}, as the budget's months are. */
    public String month(String month) {
        return month == null ? "-" : thai.month(YearMonth.parse(month));
    }

    /** {@code ปีงบประมาณ 2562 (FY 2019)}. */
    public String fiscalYear(int beYear) {
        return "ปีงบประมาณ " + beYear + " (FY " + (beYear - FiscalYear.BE_OFFSET) + ")";
    }

    /** {@code 311,200.00}. */
    public String baht(Money money) {
        return thai.baht(money);
    }

    public String baht(BigDecimal baht) {
        return baht == null ? "-" : new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(baht);
    }

    public String words(Money money) {
        return thai.words(money);
    }

    /** {@code 1,692}. */
    public String number(long n) {
        return thai.number(n);
    }

    /** {@code 87%}; a dash for none. */
    public String percent(Double share) {
        return share == null ? "-" : Math.round(share * 100) + "%";
    }

    /** The CSS class of a level's colour, {@code level-0} to {@code level-5}; {@code level-none} without a drive. */
    public String levelClass(Integer level) {
        return level == null ? "level-none" : "level-" + level;
    }

    /** What a level means, in Thai with English beside it. */
    public String levelName(Integer level) {
        return level == null ? "ไม่มีการขับเคลื่อน (no drive)" : LEVEL_NAMES.get(level);
    }

    /** A level's criterion as KPI A2 words it. */
    public String criterion(int level) {
        return thai.level(level);
    }

    /** One of the six steps of the drive, in Thai. */
    public String step(int step) {
        return thai.step(step);
    }

    public String agency(Agency agency, String partner) {
        return thai.agency(agency, partner);
    }

    public String source(BudgetSource source) {
        return thai.source(source);
    }

    public String status(Object status) {
        return thai.status(status);
    }

    /** The CSS class of a reporting status, e.g. {@code status-on_time}. */
    public String statusClass(Object status) {
        return status == null ? "" : "status-" + status.toString().toLowerCase(Locale.ROOT);
    }
}
