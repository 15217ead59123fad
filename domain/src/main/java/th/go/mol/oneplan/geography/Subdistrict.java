package th.go.mol.oneplan.geography;

/** A tambon or khwaeng (ตำบล/แขวง) with its official 6-digit code, which starts with its district's code. */
public record Subdistrict(int code, int districtCode, int provinceCode, String nameTh, String nameEn) {
}
