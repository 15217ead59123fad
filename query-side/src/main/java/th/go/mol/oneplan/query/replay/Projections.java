package th.go.mol.oneplan.query.replay;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Every projection of the query side with where it stands. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Projections(List<ProjectionStatus> projections) {
    public Projections {
        projections = List.copyOf(projections);
    }
}
