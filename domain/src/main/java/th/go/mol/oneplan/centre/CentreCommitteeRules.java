package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a tambon centre's committee (source l.2315-2320): exactly one chair; among the members at least one
 * tambon labour volunteer (อสร.) and a representative of the local government (อปท.), "the government body
 * closest to informal workers and best informed about them". They hold for the committee as appointed and as it
 * reads after every amendment; a committee that breaks them is a 409 naming the rule.
 */
public final class CentreCommitteeRules {
    /** The limits the HTTP API will state. */
    public static final int MEMBERS_MAX = 100;
    public static final int NAME_MAX = 200;
    public static final int REASON_MAX = 2000;

    private CentreCommitteeRules() {
    }

    /**
     * The appointment the command asks for.
     *
     * @param committee the committee appointed so far, or null when there is none yet
     */
    public static CentreCommitteeAppointed appointment(AppointCentreCommittee command, TambonCentreEstablished centre,
                                                       Map<String, CommitteeMember> committee) {
        if (committee != null) {
            throw new RuleViolation("committee-already-appointed", "centre " + centre.centreId()
                    + " already has its committee; change its membership with an amendment");
        }
        List<CommitteeMember> members = validMembers(Require.notEmpty(command.members(), "members"), "members");
        LocalDate appointedOn = BusinessCalendar.notInFuture(command.appointedOn(), command.recording(),
                "appointedOn");
        if (appointedOn.isBefore(centre.businessDate())) {
            throw new RuleViolation("committee-before-establishment", "a committee appointed on " + appointedOn
                    + " cannot precede the centre, established on " + centre.businessDate());
        }
        composition(members);
        return new CentreCommitteeAppointed(centre.centreId(), members, appointedOn, command.recording());
    }

    /**
     * The amendment the command asks for: it changes the committee it finds, and the committee it leaves keeps
     * the composition rules.
     *
     * @param committee   the committee as it reads now, or null when none was appointed
     * @param appointedOn the day it was appointed
     */
    public static CentreCommitteeAmended amendment(AmendCentreCommittee command, String centreId,
                                                   Map<String, CommitteeMember> committee, LocalDate appointedOn) {
        if (committee == null) {
            throw new RuleViolation("committee-not-appointed", "centre " + centreId
                    + " has no committee to amend: appoint it first");
        }
        List<CommitteeMember> added = command.membersAdded() == null ? List.of()
                : validMembers(command.membersAdded(), "membersAdded");
        List<String> removed = command.membersRemoved() == null ? List.of() : removedNames(command.membersRemoved());
        if (added.isEmpty() && removed.isEmpty()) {
            throw new InvalidValue("membersAdded", "required", "an amendment adds or removes at least one member");
        }
        String reason = Require.text(command.reason(), "reason", REASON_MAX);
        LocalDate amendedOn = BusinessCalendar.notInFuture(command.amendedOn(), command.recording(), "amendedOn");
        if (amendedOn.isBefore(appointedOn)) {
            throw new RuleViolation("amendment-before-appointment", "an amendment of " + amendedOn
                    + " cannot precede the committee's appointment of " + appointedOn);
        }
        Map<String, CommitteeMember> after = new LinkedHashMap<>(committee);
        for (String name : removed) {
            if (after.remove(name) == null) {
                throw new RuleViolation("current-member", name + " is not on the committee of centre " + centreId);
            }
        }
        for (CommitteeMember m : added) {
            if (after.putIfAbsent(m.name(), m) != null) {
                throw new RuleViolation("unique-member", m.name() + " is already on the committee of centre "
                        + centreId + "; to change their role, remove and add them in the same amendment");
            }
        }
        composition(after.values());
        return new CentreCommitteeAmended(centreId, added, removed, reason, amendedOn, command.recording());
    }

    /** Exactly one chair, at least one tambon labour volunteer and one local-government representative. */
    public static void composition(Collection<CommitteeMember> members) {
        long chairs = members.stream().filter(m -> m.role() == CommitteeRole.CHAIR).count();
        if (chairs != 1) {
            throw new RuleViolation("committee-one-chair", "a centre's committee has exactly one chair (role CHAIR),"
                    + " this one would have " + chairs);
        }
        if (members.stream().noneMatch(CommitteeMember::labourVolunteer)) {
            throw new RuleViolation("committee-needs-labour-volunteer", "a centre's committee includes at least one"
                    + " tambon labour volunteer (อสร.): mark the member who is one with labourVolunteer");
        }
        if (members.stream().noneMatch(CommitteeMember::localGovernmentRepresentative)) {
            throw new RuleViolation("committee-needs-local-government", "a centre's committee includes a"
                    + " representative of the local government (ผู้แทน อปท.): mark them with"
                    + " localGovernmentRepresentative and name their local government as organisation");
        }
    }

    /** The members named in full, each once, their texts stripped. */
    public static List<CommitteeMember> validMembers(List<CommitteeMember> members, String field) {
        if (members.size() > MEMBERS_MAX) {
            throw new InvalidValue(field, "size", field + " lists at most " + MEMBERS_MAX + " members");
        }
        List<CommitteeMember> valid = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String at = field + "[" + i + "]";
            CommitteeMember m = Require.present(members.get(i), at);
            String name = Require.text(m.name(), at + ".name", NAME_MAX);
            Require.present(m.role(), at + ".role");
            if (!names.add(name)) {
                throw new InvalidValue(at + ".name", "unique-member", name + " is listed twice");
            }
            String organisation = m.localGovernmentRepresentative()
                    ? Require.text(m.organisation(), at + ".organisation", NAME_MAX)
                    : Require.optionalText(m.organisation(), at + ".organisation", NAME_MAX);
            valid.add(new CommitteeMember(name, m.role(), m.labourVolunteer(), m.localGovernmentRepresentative(),
                    organisation));
        }
        return valid;
    }

    private static List<String> removedNames(List<String> names) {
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = Require.text(names.get(i), "membersRemoved[" + i + "]", NAME_MAX);
            if (valid.contains(name)) {
                throw new InvalidValue("membersRemoved[" + i + "]", "unique-member", name + " is listed twice");
            }
            valid.add(name);
        }
        if (valid.size() > MEMBERS_MAX) {
            throw new InvalidValue("membersRemoved", "size", "membersRemoved lists at most " + MEMBERS_MAX + " names");
        }
        return valid;
    }
}
