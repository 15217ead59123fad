package th.go.mol.oneplan.query.acts.columns;

import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.query.Columns;
import th.go.mol.oneplan.query.acts.ActRow;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An allocation an act names ({@link AllocationRef}) in three columns {@code <prefix>_source},
 * {@code <prefix>_agency} and {@code <prefix>_partner}; none when all three are null (an event records an
 * allocation in full, or none).
 */
final class AllocationRefColumns {
    private AllocationRefColumns() {
    }

    static void write(ActRow row, String prefix, AllocationRef ref) {
        row.name(prefix + "_source", ref == null ? null : ref.budgetSource())
                .name(prefix + "_agency", ref == null ? null : ref.agency())
                .text(prefix + "_partner", ref == null ? null : ref.partnerAgency());
    }

    static AllocationRef read(ResultSet rs, String prefix) throws SQLException {
        BudgetSource source = Columns.name(rs, prefix + "_source", BudgetSource.class);
        Agency agency = Columns.name(rs, prefix + "_agency", Agency.class);
        String partner = rs.getString(prefix + "_partner");
        return source == null && agency == null && partner == null ? null : new AllocationRef(source, agency, partner);
    }
}
