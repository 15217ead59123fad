package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.Require;

/** The rules of a drive's opening: a named lead officer with a position, assigned within the fiscal year. */
public final class DriveStartRules {
    /** The longest name or position, as the HTTP API also states. */
    public static final int NAME_MAX = 200;

    private DriveStartRules() {
    }

    public static void check(ProvincialDriveStarted started, RuleContext c) {
        Require.present(started.leadOfficer(), c.field("leadOfficer"));
        Require.text(started.leadOfficer().name(), c.field("leadOfficer.name"), NAME_MAX);
        Require.text(started.leadOfficer().position(), c.field("leadOfficer.position"), NAME_MAX);
        c.date(started.businessDate(), started.lateRecord(), "leadAssignedOn");
    }
}
