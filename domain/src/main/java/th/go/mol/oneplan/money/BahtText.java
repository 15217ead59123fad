package th.go.mol.oneplan.money;

/**
 * An amount in Thai words as official letters write it (ตัวอักษร), e.g. 311,200.00 baht is
 * {@code สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน} and 0.50 baht is {@code ห้าสิบสตางค์}.
 *
 * <p>The usual rules: a ten is {@code สิบ}, not {@code หนึ่งสิบ}; twenty is {@code ยี่สิบ}; a final one after
 * higher digits of the same million is {@code เอ็ด} (สิบเอ็ด, หนึ่งร้อยเอ็ด), but a lone one is {@code หนึ่ง}
 * (หนึ่งล้านหนึ่งบาท); whole baht end in {@code ถ้วน}.
 */
public final class BahtText {
    private static final String[] DIGITS = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};
    private static final long MILLION = 1_000_000L;

    private BahtText() {
    }

    /** The words for an amount in satang (1 baht = 100 satang); amounts are never negative here. */
    public static String of(long satang) {
        if (satang < 0) {
            throw new IllegalArgumentException("amounts in words are for sums of 0 or more, got " + satang + " satang");
        }
        long baht = satang / 100;
        int rest = (int) (satang % 100);
        if (baht == 0 && rest == 0) {
            return "ศูนย์บาทถ้วน";
        }
        StringBuilder words = new StringBuilder();
        if (baht > 0) {
            words.append(number(baht)).append("บาท");
        }
        if (rest == 0) {
            words.append("ถ้วน");
        } else {
            words.append(belowAMillion(rest)).append("สตางค์");
        }
        return words.toString();
    }

    /** A whole number of 1 or more in words: millions are counted again in the same words (ล้านล้าน). */
    static String number(long n) {
        if (n < MILLION) {
            return belowAMillion((int) n);
        }
        long millions = n / MILLION;
        int rest = (int) (n % MILLION);
        return number(millions) + "ล้าน" + (rest == 0 ? "" : belowAMillion(rest));
    }

    private static String belowAMillion(int n) {
        StringBuilder words = new StringBuilder();
        String digits = Integer.toString(n);
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int digit = digits.charAt(i) - '0';
            int place = length - 1 - i;
            if (digit == 0) {
                continue;
            }
            if (place == 1 && digit == 1) {
                words.append("สิบ");
            } else if (place == 1 && digit == 2) {
                words.append("ยี่สิบ");
            } else if (place == 0 && digit == 1 && length > 1) {
                words.append("เอ็ด");
            } else {
                words.append(DIGITS[digit]).append(PLACES[place]);
            }
        }
        return words.toString();
    }
}
