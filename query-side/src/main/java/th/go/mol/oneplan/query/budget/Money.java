package th.go.mol.oneplan.query.budget;

import th.go.mol.oneplan.money.BahtText;
import th.go.mol.oneplan.query.Baht;

import java.math.BigDecimal;

/**
 * An amount as a report shows it: baht with two decimals, the exact satang it is kept in, and the Thai words an
 * official letter writes it in (e.g. "สามหมื่นห้าพันบาทถ้วน"; null for an amount below zero, which the budget
 * rules never let a figure reach).
 */
public record Money(BigDecimal baht, long satang, String inWords) {
    public static Money of(long satang) {
        return new Money(Baht.of(satang), satang, satang < 0 ? null : BahtText.of(satang));
    }
}
