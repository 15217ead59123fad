package th.go.mol.oneplan.query.statistics;

/** Asks for the statistics of an area that exists in the geography (code 0 for the nation). */
public record FindAreaStatistics(AreaLevel level, int code) {
}
