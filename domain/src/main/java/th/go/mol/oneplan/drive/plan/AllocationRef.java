package th.go.mol.oneplan.drive.plan;

import java.util.Objects;

/**
 * Names one allocation of a project by its budget source and the agency that owns it (and the partner's name
 * for {@link Agency#PARTNER}); a project has at most one allocation per source and owner.
 *
 * <p>In a command, any part may be left {@code null} when the parts given already single out one allocation
 * (for a project with one allocation, none is needed). An event always records the allocation in full.
 */
public record AllocationRef(BudgetSource budgetSource, Agency agency, String partnerAgency) {
    public AllocationRef {
        partnerAgency = partnerAgency == null || partnerAgency.isBlank() ? null : partnerAgency.strip();
    }

    /** Whether {@code allocation} fits this reference, where a part left {@code null} fits anything. */
    public boolean selects(AllocationRef allocation) {
        return (budgetSource == null || budgetSource == allocation.budgetSource)
                && (agency == null || agency == allocation.agency)
                && (partnerAgency == null || Objects.equals(partnerAgency, allocation.partnerAgency));
    }

    /** Whether nothing is named: any allocation fits. */
    public boolean namesNothing() {
        return budgetSource == null && agency == null && partnerAgency == null;
    }

    @Override
    public String toString() {
        String owner = agency == null ? "any agency" : agency == Agency.PARTNER && partnerAgency != null
                ? partnerAgency : agency.name();
        return (budgetSource == null ? "any source" : budgetSource.name()) + " of " + owner;
    }
}
