package th.go.mol.oneplan.geography;

/** An amphoe or khet (อำเภอ/เขต) with its official 4-digit code, which starts with its province's code. */
public record District(int code, int provinceCode, String nameTh, String nameEn) {
}
