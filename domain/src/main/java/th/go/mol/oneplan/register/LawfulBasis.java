package th.go.mol.oneplan.register;

import java.time.LocalDate;

/**
 * The lawful basis on which the register processes a worker's personal data (PDPA B.E. 2562): the worker's
 * {@link Kind#CONSENT consent}, given on a date for a stated purpose (section 19), or the ministry's
 * {@link Kind#PUBLIC_TASK public task} (section 24(4)), which carries neither.
 *
 * @param basis       consent or public task
 * @param consentedOn the day the worker consented; only with consent
 * @param purpose     the purpose the worker consented to, as told to them; only with consent
 */
public record LawfulBasis(Kind basis, LocalDate consentedOn, String purpose) {
    public enum Kind {
        CONSENT,
        PUBLIC_TASK
    }

    public static LawfulBasis consent(LocalDate consentedOn, String purpose) {
        return new LawfulBasis(Kind.CONSENT, consentedOn, purpose);
    }

    public static LawfulBasis publicTask() {
        return new LawfulBasis(Kind.PUBLIC_TASK, null, null);
    }
}
