package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;
import java.util.List;

/**
 * Funders decided items of plan {@code planId}. A later decision on the same item replaces the earlier one; it then
 * carries the {@code correctionReason} (null for first decisions).
 */
public record PlanFundingRecorded(String centreId, String planId, List<FundingDecision> decisions,
                                  String correctionReason, LocalDate businessDate, Recording recording) {
    public PlanFundingRecorded {
        decisions = List.copyOf(decisions);
    }
}
