package th.go.mol.oneplan.centre;

/** Where a tambon centre sits (ที่ตั้งศูนย์ฯ): its kind and the place's name, e.g. "ศาลาอเนกประสงค์ หมู่ 3". */
public record Venue(VenueKind kind, String name) {
}
