package th.go.mol.oneplan.query;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts are kept in satang (1 baht = 100 satang) and shown in baht with two decimals, exactly. */
public final class Baht {
    private Baht() {
    }

    public static BigDecimal of(long satang) {
        return BigDecimal.valueOf(satang, 2);
    }

    /** For people to read, e.g. {@code 311,200.00 baht}. */
    public static String text(long satang) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(of(satang)) + " baht";
    }
}
