package th.go.mol.oneplan.query.workers;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A page of a centre's register, in the order of registration. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkersPage(String centreId, int page, int size, long totalWorkers, List<WorkerSummary> workers) {
    public WorkersPage {
        workers = List.copyOf(workers);
    }
}
