package th.go.mol.oneplan.drive.workinggroup;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RuleContext;
import th.go.mol.oneplan.drive.kpi.KpiAssessor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the pracharat working group: one appointment by a signed order, members from all three sectors
 * and a head, amendments that follow the appointment and change the membership it had.
 */
public final class WorkingGroupRules {
    /** The limits the HTTP API also states. */
    public static final int ORDER_NUMBER_MAX = 100;
    public static final int NAME_MAX = 200;
    public static final int MEMBERS_MAX = 200;
    public static final int REASON_MAX = 2000;

    private WorkingGroupRules() {
    }

    /**
     * An appointment, as recorded or as corrected. A correction may say that the order was in fact never signed
     * (signedBy blank): that is what KPI level 1 rests on, and the levels are then lost, not the correction refused.
     */
    public static void appointment(WorkingGroupAppointed appointed, RuleContext c) {
        if (c.earlier().firstOf(WorkingGroupAppointed.class).isPresent()) {
            throw new RuleViolation("working-group-already-appointed",
                    "the working group is already appointed; change its membership with an amendment");
        }
        String orderNumber = Require.text(appointed.orderNumber(), c.field("orderNumber"), ORDER_NUMBER_MAX);
        c.date(appointed.businessDate(), appointed.lateRecord(), "orderDate");
        if (appointed.signedBy() == null || appointed.signedBy().isBlank()) {
            if (!c.correction()) {
                throw new RuleViolation("order-must-be-signed",
                        "level 1 needs a signed provincial order: say who signed order " + orderNumber);
            }
        } else {
            Require.text(appointed.signedBy(), c.field("signedBy"), NAME_MAX);
        }
        validMembers(appointed.members(), "members");
        requireThreeSectorsAndHead(appointed.members());
    }

    /** An amendment, as recorded or as corrected: after the appointment, changing the membership it found. */
    public static void amendment(WorkingGroupAmended amended, RuleContext c) {
        WorkingGroupAppointed appointment = c.earlier().firstOf(WorkingGroupAppointed.class)
                .orElseThrow(() -> new RuleViolation("working-group-not-appointed",
                        "there is no working group to amend: appoint it first"));
        c.date(amended.businessDate(), amended.lateRecord(), "orderDate");
        followsAppointment(amended, appointment);
        Require.optionalText(amended.orderNumber(), c.field("orderNumber"), ORDER_NUMBER_MAX);
        validMembers(amended.membersAdded(), "membersAdded");
        Require.texts(amended.membersRemoved(), "membersRemoved", MEMBERS_MAX, NAME_MAX);
        if (amended.membersAdded().isEmpty() && amended.membersRemoved().isEmpty()) {
            throw new InvalidValue("membersAdded", "required", "an amendment adds or removes at least one member");
        }
        Map<String, Member> members = currentMembers(c.earlier());
        for (String name : amended.membersRemoved()) {
            if (members.remove(name) == null) {
                throw new RuleViolation("current-member", name + " is not a member of the working group");
            }
        }
        for (Member m : amended.membersAdded()) {
            if (members.putIfAbsent(m.name(), m) != null) {
                throw new RuleViolation("unique-member", m.name() + " is already a member");
            }
        }
        requireThreeSectorsAndHead(List.copyOf(members.values()));
        Require.text(amended.reason(), c.field("reason"), REASON_MAX);
    }

    /** After a correction of the appointment's date: every amendment still follows it. */
    public static void amendmentsFollowAppointment(DriveHistory history) {
        history.firstOf(WorkingGroupAppointed.class).ifPresent(appointment ->
                history.actsOf(WorkingGroupAmended.class).forEach(a -> followsAppointment(a, appointment)));
    }

    private static void followsAppointment(WorkingGroupAmended amended, WorkingGroupAppointed appointment) {
        if (amended.businessDate().isBefore(appointment.businessDate())) {
            throw new RuleViolation("amendment-before-appointment", "an amendment dated " + amended.businessDate()
                    + " cannot precede the appointing order of " + appointment.businessDate());
        }
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

    /** The members named in full, each once, their texts stripped. */
    public static List<Member> validMembers(List<Member> members, String field) {
        if (members.size() > MEMBERS_MAX) {
            throw new InvalidValue(field, "size", field + " lists at most " + MEMBERS_MAX + " members");
        }
        List<Member> valid = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String at = field + "[" + i + "]";
            Member m = Require.present(members.get(i), at);
            String name = Require.text(m.name(), at + ".name", NAME_MAX);
            Require.present(m.sector(), at + ".sector");
            Require.present(m.role(), at + ".role");
            if (!names.add(name)) {
                throw new InvalidValue(at + ".name", "unique-member", name + " is listed twice");
            }
            valid.add(new Member(name, Require.text(m.position(), at + ".position", NAME_MAX),
                    Require.text(m.organisation(), at + ".organisation", NAME_MAX), m.sector(), m.role()));
        }
        return valid;
    }

    /** The membership as the appointment and the amendments in the history leave it. */
    public static Map<String, Member> currentMembers(DriveHistory history) {
        Map<String, Member> members = new LinkedHashMap<>();
        history.firstOf(WorkingGroupAppointed.class).ifPresent(a -> a.members().forEach(m -> members.put(m.name(), m)));
        for (WorkingGroupAmended amendment : history.actsOf(WorkingGroupAmended.class)) {
            amendment.membersRemoved().forEach(members::remove);
            amendment.membersAdded().forEach(m -> members.put(m.name(), m));
        }
        return members;
    }
}
