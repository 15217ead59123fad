package th.go.mol.oneplan.query.budget;

/** Allocated, spent and remaining (allocated less spent) of a project, an agency, a source or a drive. */
public record Figures(Money allocated, Money spent, Money remaining) {
    public static Figures of(long allocatedSatang, long spentSatang) {
        return new Figures(Money.of(allocatedSatang), Money.of(spentSatang), Money.of(allocatedSatang - spentSatang));
    }
}
