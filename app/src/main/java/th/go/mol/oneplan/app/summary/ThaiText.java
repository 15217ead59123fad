package th.go.mol.oneplan.app.summary;

import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.query.budget.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the printed summary writes things in Thai (the templates call it as {@code fmt}): Buddhist Era dates,
 * amounts in figures and in words, agencies' and levels' Thai names. Everything is fixed text or
 * {@link Locale#ROOT} formatting, never the machine's locale or clock, so the same summary prints the same bytes.
 */
public final class ThaiText {
    private static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final Map<Agency, String> AGENCIES = Map.of(
            Agency.PROVINCIAL_LABOUR_OFFICE, "สำนักงานแรงงานจังหวัด",
            Agency.SOCIAL_SECURITY_OFFICE, "สำนักงานประกันสังคมจังหวัด",
            Agency.SKILL_DEVELOPMENT_OFFICE, "สำนักงานพัฒนาฝีมือแรงงาน",
            Agency.EMPLOYMENT_OFFICE, "สำนักงานจัดหางานจังหวัด",
            Agency.LABOUR_PROTECTION_WELFARE_OFFICE, "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด",
            Agency.PARTNER, "หน่วยงานภาคี");
    private static final Map<BudgetSource, String> SOURCES = Map.of(
            BudgetSource.CENTRAL_MINISTRY, "งบประมาณส่วนกลางของกระทรวง",
            BudgetSource.PROVINCIAL_DEVELOPMENT, "งบพัฒนาจังหวัด",
            BudgetSource.PROVINCIAL_CLUSTER, "งบกลุ่มจังหวัด",
            BudgetSource.THAIHEALTH, "สสส.",
            BudgetSource.LOCAL_GOVERNMENT, "องค์กรปกครองส่วนท้องถิ่น",
            BudgetSource.OTHER, "แหล่งอื่น");
    private static final List<String> LEVELS = List.of(
            "จัดตั้งคณะทำงานในรูปแบบประชารัฐ (ส่วนราชการ เอกชน ประชาชน)",
            "ประชุมและจัดทำ One Plan และ Action Plan",
            "ดำเนินการตาม One Plan และ Action Plan",
            "ติดตามและรายงานผล",
            "จัดทำสรุปผลการดำเนินงานบรรลุตาม One Goal ที่กำหนดใน One Plan");
    private static final List<String> STEPS = List.of(
            "วางแผนและเตรียมการ",
            "แต่งตั้งคณะทำงานในรูปแบบประชารัฐ",
            "ประชุมและจัดทำ One Plan และ Action Plan",
            "ดำเนินการตามแผน",
            "ติดตามและรายงานผล",
            "สรุปผลตาม One Goal และรายงานภายใน 30 กันยายน");
    private static final Map<String, String> STATUSES = Map.of(
            "DRAFT", "ร่าง", "APPROVED", "อนุมัติ (ใช้อยู่)", "SUPERSEDED", "ถูกแทนที่",
            "ON_TIME", "ตรงเวลา", "LATE", "ล่าช้า", "MISSING", "ไม่ได้ส่ง", "NOT_YET_DUE", "ยังไม่ถึงกำหนด",
            "NAMED", "แผนฉบับปรับปรุงอ้างถึงการตรวจนี้", "FOLLOWING", "ปรับปรุงแผนหลังการตรวจ (ไม่ได้อ้างถึงโดยตรง)");

    /** {@code 30 กันยายน 2562}; a dash for none. */
    public String date(LocalDate date) {
        return date == null ? "-" : ThaiDates.format(date);
    }

    /** {@code ต.ค. 2561}. */
    public String month(YearMonth month) {
        return SHORT_MONTHS.get(month.getMonthValue() - 1) + " " + (month.getYear() + FiscalYear.BE_OFFSET);
    }

    /** {@code 311,200.00}. */
    public String baht(Money money) {
        return money == null ? "-" : figures().format(money.baht());
    }

    /** {@code สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน}. */
    public String words(Money money) {
        return money == null || money.inWords() == null ? "-" : money.inWords();
    }

    /** {@code 1,692}. */
    public String number(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    public String agency(Agency agency, String partner) {
        if (agency == null) {
            return "-";
        }
        return agency == Agency.PARTNER && partner != null ? partner : AGENCIES.get(agency);
    }

    public String source(BudgetSource source) {
        return source == null ? "-" : SOURCES.get(source);
    }

    public String level(int level) {
        return LEVELS.get(level - 1);
    }

    public String step(int step) {
        return STEPS.get(step - 1);
    }

    public String status(Object status) {
        return status == null ? "-" : STATUSES.getOrDefault(status.toString(), status.toString());
    }

    /** A bar's width in the charts: {@code value} as a share of {@code max}, e.g. {@code width: 42.50%}. */
    public String bar(Money value, Money max) {
        if (value == null || max == null || max.satang() <= 0 || value.satang() <= 0) {
            return "width: 0%";
        }
        BigDecimal share = BigDecimal.valueOf(value.satang()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(max.satang()), 2, RoundingMode.HALF_UP);
        return "width: " + share.toPlainString() + "%";
    }

    /** The largest of the amounts, for scaling a chart. */
    public Money max(List<Money> amounts) {
        return amounts.stream().max(java.util.Comparator.comparingLong(Money::satang)).orElse(Money.of(0));
    }

    private static DecimalFormat figures() {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
