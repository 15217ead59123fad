package th.go.mol.oneplan.drive.workinggroup;

import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a pracharat working group must have: members from all three sectors, and a head. */
public final class WorkingGroupRules {
    private WorkingGroupRules() {
    }

    public static void requireThreeSectorsAndHead(List<Member> members) {
        Set<Sector> missing = EnumSet.allOf(Sector.class);
        missing.removeAll(KpiAssessor.sectorsOf(members));
        if (!missing.isEmpty()) {
            throw new RuleViolation("working-group-three-sectors", "a pracharat working group has members from"
                    + " government, private sector and people; none from " + missing);
        }
        if (members.stream().noneMatch(m -> m.role() == MemberRole.HEAD)) {
            throw new RuleViolation("working-group-head", "the working group needs a head (role HEAD)");
        }
    }
}
