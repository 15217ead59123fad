package th.go.mol.oneplan.reportingrules;

/** Where one due report stands on a given day. */
public enum ComplianceStatus {
    ON_TIME, LATE, MISSING, NOT_YET_DUE
}
