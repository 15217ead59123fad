package th.go.mol.oneplan.query.centres;

/**
 * Asks for one page of a province's tambon centres; pages count from 0.
 *
 * @param fiscalYear only the centres of that year's programme; null for all
 * @param pilot      only pilots (true) or only the others (false); null for all
 */
public record FindCentresOfProvince(int provinceCode, Integer fiscalYear, Boolean pilot, int page, int size) {
}
