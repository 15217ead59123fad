package th.go.mol.oneplan.centre;

/** A funder's answer to one plan item: granted (all or part of the amount asked) or refused. */
public enum FundingOutcome {
    GRANTED,
    REFUSED
}
