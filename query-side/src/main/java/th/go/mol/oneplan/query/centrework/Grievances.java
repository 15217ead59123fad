package th.go.mol.oneplan.query.centrework;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's grievances, oldest first, perhaps only the open or the resolved ones.
 *
 * @param status         the filter asked for: open, resolved or all
 * @param today          the day ages are counted to (Asia/Bangkok)
 * @param openGrievances how many of the centre's grievances are open, whatever the filter
 * @param oldestOpen     the open grievance received first; null when none is open
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Grievances(String centreId, String status, LocalDate today, int openGrievances,
                         GrievanceView oldestOpen, List<GrievanceView> grievances) {
}
