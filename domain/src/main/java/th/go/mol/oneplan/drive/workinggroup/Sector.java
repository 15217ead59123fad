package th.go.mol.oneplan.drive.workinggroup;

/** The three sides of a pracharat (ประชารัฐ) working group: government, private sector, people. */
public enum Sector {
    GOVERNMENT, PRIVATE, PEOPLE
}
