package th.go.mol.oneplan.query.budget;

import th.go.mol.oneplan.query.Baht;

import java.math.BigDecimal;

/** An amount as a report shows it: baht with two decimals, and the exact satang it is kept in. */
public record Money(BigDecimal baht, long satang) {
    public static Money of(long satang) {
        return new Money(Baht.of(satang), satang);
    }
}
