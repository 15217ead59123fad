package th.go.mol.oneplan.query.summary;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the event store holds that a drive's One Goal summary is made from, each list in event-store order:
 * the drive's own stream (its acts, corrections and KPI events), the register's services that name the drive
 * ({@code ServiceDelivered} of any worker), and the fiscal year's reporting rules ({@code ReportingRulesDeclared}).
 */
public record DriveYearEvents(String driveId, List<LedgerEvent> drive, List<LedgerEvent> register,
                              List<LedgerEvent> reportingRules) {
    private static final Comparator<LedgerEvent> IN_STORE_ORDER = Comparator.comparingLong(LedgerEvent::position);

    public DriveYearEvents {
        drive = drive.stream().sorted(IN_STORE_ORDER).toList();
        register = register.stream().sorted(IN_STORE_ORDER).toList();
        reportingRules = reportingRules.stream().sorted(IN_STORE_ORDER).toList();
    }
}
