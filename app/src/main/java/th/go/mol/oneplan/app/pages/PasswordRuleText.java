package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.app.security.builtin.PasswordPolicy;
import th.go.mol.oneplan.app.security.me.PasswordChange;
import th.go.mol.oneplan.app.web.FieldError;

/**
 * A broken password rule as the change-password form writes it: the field and the rule in Thai, with the API's own
 * English sentence beside. The rules themselves are {@link PasswordPolicy}'s and
 * {@link PasswordChange}'s; this only words them.
 *
 * @param field   the form's (and the API's) field name: {@code currentPassword}, {@code newPassword}, {@code repeatPassword}
 * @param rule    the rule's code, as the API's 400 gives it ({@code min-length}, {@code mismatch}, ...)
 * @param label   the field's Thai label
 * @param thai    what is wrong, in Thai
 * @param english the API's message
 */
public record PasswordRuleText(String field, String rule, String label, String thai, String english) {

    static PasswordRuleText of(FieldError error) {
        return new PasswordRuleText(error.field(), error.rule(), label(error.field()), thai(error), error.message());
    }

    private static String label(String field) {
        return switch (field) {
            case PasswordChange.CURRENT -> "รหัสผ่านปัจจุบัน";
            case PasswordChange.NEW -> "รหัสผ่านใหม่";
            case PasswordPage.REPEAT -> "รหัสผ่านใหม่อีกครั้ง";
            default -> field;
        };
    }

    private static String thai(FieldError error) {
        return switch (error.rule()) {
            case "required" -> "ต้องกรอก";
            case "mismatch" -> "ไม่ตรงกับรหัสผ่านที่ใช้อยู่ตอนนี้";
            case "locked" -> "ผิดหลายครั้งเกินไป ระงับไว้ชั่วคราว";
            case "min-length" -> "ต้องยาวอย่างน้อย " + PasswordPolicy.MIN_LENGTH + " ตัวอักษร";
            case "max-length" -> "ยาวได้ไม่เกิน " + PasswordPolicy.MAX_BYTES + " ไบต์ (ภาษาไทยหนึ่งตัวอักษรใช้ 3 ไบต์)";
            case "not-username" -> "ต้องไม่ใช่ชื่อผู้ใช้";
            case "differs" -> "ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน";
            case "repeat-mismatch" -> "ไม่ตรงกับรหัสผ่านใหม่ที่กรอกไว้";
            default -> "ไม่ถูกต้อง";
        };
    }
}
