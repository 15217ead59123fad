package th.go.mol.oneplan.centre;

/**
 * Where a plan item's money is asked from (source l.2408-2409, 3.4): the provincial development budget
 * (งบพัฒนาจังหวัด), the Thai Health Promotion Foundation (สสส., ThaiHealth), or the local government (อปท.), whose
 * development plan the centre's plan is written into; any other funder is {@code OTHER} with its name. A
 * centre-specific list: the drive's {@code BudgetSource} names the ministry's own budget lines, not these funders.
 */
public enum FundingSource {
    PROVINCIAL_DEVELOPMENT_BUDGET,
    THAIHEALTH,
    LOCAL_GOVERNMENT,
    OTHER
}
