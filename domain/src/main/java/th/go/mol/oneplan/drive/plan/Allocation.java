package th.go.mol.oneplan.drive.plan;

/**
 * Part of a project's budget (งบประมาณที่จัดสรร): an amount in satang from one budget source, owned by one
 * agency. A project funded from several sources, or by several agencies, has one allocation for each.
 *
 * @param partnerAgency the partner's name when {@code agency} is {@link Agency#PARTNER}, else {@code null}
 */
public record Allocation(BudgetSource budgetSource, Agency agency, String partnerAgency, long amountSatang) {

    /** The source and owner that name this allocation within its project. */
    public AllocationRef ref() {
        return new AllocationRef(budgetSource, agency, partnerAgency);
    }
}
