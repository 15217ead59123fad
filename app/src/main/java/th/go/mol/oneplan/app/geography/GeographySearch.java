package th.go.mol.oneplan.app.geography;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The places whose Thai or English name contains the query, best first.
 *
 * @param limit     the most places shown
 * @param total     how many places matched in all
 * @param truncated true when more matched than are shown: ask again with a longer query or a larger limit
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GeographySearch(String q, int limit, int total, boolean truncated, List<GeographyPlace> places) {
}
