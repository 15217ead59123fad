package th.go.mol.oneplan.app.security.me;

/** Who the caller is to the ledger: their name (the recorder of what they record), role and scope. */
public record MeView(String username, String role, Integer provinceCode, Integer subdistrictCode) {
}
