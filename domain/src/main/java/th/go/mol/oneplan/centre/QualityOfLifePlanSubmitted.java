package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/** The centre submitted its quality-of-life plan {@code planId} for the fiscal year (BE), item by item. */
public record QualityOfLifePlanSubmitted(String centreId, String planId, int fiscalYear, List<PlanItem> items,
                                         LocalDate businessDate, Recording recording) {
    public QualityOfLifePlanSubmitted {
        items = List.copyOf(items);
    }
}
