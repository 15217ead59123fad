package th.go.mol.oneplan.query.workers;

import th.go.mol.oneplan.register.NationalId;

/**
 * How an answer shows personal data to a caller who may not see it: enough to tell people apart at the counter
 * (the check digit, a first letter, the last four digits of a phone), not enough to find or impersonate anyone.
 */
final class Masking {
    private Masking() {
    }

    /** {@code x-xxxx-xxxxx-xx-3}. */
    static String nationalId(NationalId id) {
        return id == null ? null : id.masked();
    }

    /** The first letter and three stars: {@code สมศรี} reads {@code ส***}. */
    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        return new String(Character.toChars(name.codePointAt(0))) + "***";
    }

    /** A mobile {@code 0812345678} reads {@code 08x-xxx-5678}, a landline {@code 021234567} {@code 02-xxx-4567}. */
    static String phone(String digits) {
        if (digits == null || digits.length() < 9) {
            return null;
        }
        String last = digits.substring(digits.length() - 4);
        return digits.length() == 10 ? digits.substring(0, 2) + "x-xxx-" + last : digits.substring(0, 2) + "-xxx-" + last;
    }
}
