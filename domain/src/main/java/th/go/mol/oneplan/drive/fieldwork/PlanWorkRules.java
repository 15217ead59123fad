package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.plan.PlanRules;

/** What field visits and activities share: the amount spent is 0 or more and within the API's range. */
final class PlanWorkRules {
    private PlanWorkRules() {
    }

    static void amount(long amountSatang, RuleContext c) {
        String field = c.field("amountSpent");
        if (amountSatang < 0) {
            throw new InvalidValue(field, "not-negative", "amountSpent must not be negative");
        }
        if (amountSatang > PlanRules.AMOUNT_MAX_SATANG) {
            throw new InvalidValue(field, "baht-range", "amountSpent must be between 0 and "
                    + PlanRules.AMOUNT_MAX_SATANG / 100 + " baht");
        }
    }
}
