package th.go.mol.oneplan.geography;

/** A changwat (จังหวัด) with its official 2-digit code. */
public record Province(int code, String nameTh, String nameEn) {
}
