package th.go.mol.oneplan.drive;

/** The officer who leads the drive in the province, often the (acting) Provincial Labour head. */
public record LeadOfficer(String name, String position) {
}
