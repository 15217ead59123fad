package th.go.mol.oneplan.query.workers;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of a centre's register: the worker's id and the fields that identify nobody (no personal data, masked
 * or not: the worker's answer at /api/workers/{workerId} shows it masked).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkerSummary(String workerId, int subdistrictCode, String title, String sex, String ageBand,
                            String occupation, String education, List<String> problems, List<String> needs,
                            LocalDate registeredOn, int services, boolean erased) {
}
