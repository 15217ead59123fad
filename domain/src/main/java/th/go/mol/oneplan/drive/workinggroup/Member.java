package th.go.mol.oneplan.drive.workinggroup;

/** A person on the working group, as listed in the provincial order. */
public record Member(String name, String position, String organisation, Sector sector, MemberRole role) {
}
