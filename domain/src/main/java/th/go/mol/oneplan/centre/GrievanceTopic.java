package th.go.mol.oneplan.centre;

/**
 * What a grievance is about, as a category rather than a story: a category is enough to count and route
 * grievances, and a story would carry personal data into the event stream (see {@link RecordGrievance}). Topics
 * follow what the centre's members are trained on (source l.2396-2399); {@code OTHER} with a short label.
 */
public enum GrievanceTopic {
    SOCIAL_SECURITY,
    OCCUPATIONAL_HEALTH_AND_SAFETY,
    WORK_AND_INCOME,
    PAY_AND_EMPLOYER,
    SAVINGS_AND_NATIONAL_SAVINGS_FUND,
    GOVERNMENT_SERVICES,
    OTHER
}
