package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A centre's quality-of-life plans, in the order they were submitted. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QualityOfLifePlans(String centreId, List<QualityOfLifePlanView> plans) {
}
